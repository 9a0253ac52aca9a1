using TopoLang.Compiler.Text;

namespace TopoLang.Compiler.Syntax;

/// <summary>
/// A token. Its leading trivia (whitespace, comments, skipped characters) is the text between
/// the end of the token before it and its <see cref="Start"/>, so the tokens of a file, each
/// with its trivia, give back the file exactly (<see cref="SyntaxTree.GetLeadingTrivia"/>).
/// Twelve bytes: a large file has millions, all alive while it is parsed.
/// </summary>
public readonly record struct SyntaxToken(SyntaxKind Kind, int Start, int Length)
{
    public TextSpan Span => new(Start, Length);

    public int End => Start + Length;
}
