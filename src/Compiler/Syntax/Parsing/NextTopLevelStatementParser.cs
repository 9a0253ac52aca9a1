using System.Diagnostics.CodeAnalysis;
using Pidgin;

namespace TopoLang.Compiler.Syntax.Parsing;

/// <summary>
/// One top-level statement, from where the previous one ended (<see cref="ParseContext.ResumeIndex"/>):
/// each run of it is a parse of its own, so that a file can be read a statement at a time
/// (<see cref="TopLevelStatementReader"/>). Null at the end of the file.
/// </summary>
internal sealed class NextTopLevelStatementParser : TokenParser<StatementSyntax?>
{
    public static readonly NextTopLevelStatementParser Instance = new();

    /// <summary>
    /// Parses the statement after the previous one. The tokens before it are not read again, so
    /// a window lets them go; Pidgin's input starts at it, a stream because where the statement
    /// ends is not known before it is parsed.
    /// </summary>
    public static StatementSyntax? ReadNext(ParseContext context)
    {
        var start = context.ResumeIndex;
        context.Tokens.DiscardBefore(start);
        context.IndexBase = start;
        context.Input.StartAt(start);
        return Instance.ParseOrThrow(context.Input, context);
    }

    public override bool TryParse(ref ParseState<SyntaxToken> state, ref PooledList<Expected<SyntaxToken>> expecteds, ParseContext context, [MaybeNullWhen(false)] out StatementSyntax? result)
    {
        result = StatementListParser.Next(ref state, ref expecteds, context, insideBlock: false);
        context.ResumeIndex = Index(ref state, context);
        return true;
    }
}
