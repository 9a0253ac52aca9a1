using System.Diagnostics.CodeAnalysis;
using Pidgin;

namespace TopoLang.Compiler.Syntax.Parsing;

/// <summary>A whole file. Never fails: every error is recovered from and reported.</summary>
internal sealed class CompilationUnitParser : TokenParser<CompilationUnitSyntax>
{
    public override bool TryParse(ref ParseState<SyntaxToken> state, ref PooledList<Expected<SyntaxToken>> expecteds, ParseContext context, [MaybeNullWhen(false)] out CompilationUnitSyntax result)
    {
        var statements = StatementListParser.Parse(ref state, ref expecteds, context, insideBlock: false);
        result = new CompilationUnitSyntax(statements, Current(ref state, context));
        return true;
    }
}
