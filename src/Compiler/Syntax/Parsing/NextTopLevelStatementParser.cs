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

    public override bool TryParse(ref ParseState<SyntaxToken> state, ref PooledList<Expected<SyntaxToken>> expecteds, ParseContext context, [MaybeNullWhen(false)] out StatementSyntax? result)
    {
        state.Advance(context.ResumeIndex);
        result = StatementListParser.Next(ref state, ref expecteds, context, insideBlock: false);
        context.ResumeIndex = Index(ref state);
        return true;
    }
}
