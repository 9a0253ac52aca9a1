using TopoLang.Compiler.Text;

namespace TopoLang.Compiler.Syntax;

/// <summary>
/// A token. Its leading trivia (whitespace, comments, skipped characters) is the text from
/// <see cref="FullStart"/> to <see cref="Start"/>, so the tokens of a file, each with its
/// trivia, give back the file exactly. Kept as a small struct: a large file has millions.
/// </summary>
public readonly record struct SyntaxToken(SyntaxKind Kind, int FullStart, int Start, int Length)
{
    public TextSpan Span => new(Start, Length);

    public TextSpan FullSpan => TextSpan.FromBounds(FullStart, End);

    public TextSpan LeadingTriviaSpan => TextSpan.FromBounds(FullStart, Start);

    public int End => Start + Length;
}
