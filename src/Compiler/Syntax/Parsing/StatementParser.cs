using System.Diagnostics.CodeAnalysis;
using Pidgin;

namespace TopoLang.Compiler.Syntax.Parsing;

/// <summary>Chooses the statement's parser from its first token; nothing is tried and undone.</summary>
internal sealed class StatementParser : TokenParser<StatementSyntax>
{
    private readonly Parser<SyntaxToken, StatementSyntax> _topology;
    private readonly Parser<SyntaxToken, StatementSyntax> _namespace;
    private readonly Parser<SyntaxToken, StatementSyntax> _import;
    private readonly Parser<SyntaxToken, StatementSyntax> _param;
    private readonly Parser<SyntaxToken, StatementSyntax> _for;

    public StatementParser(
        Parser<SyntaxToken, StatementSyntax> topology,
        Parser<SyntaxToken, StatementSyntax> @namespace,
        Parser<SyntaxToken, StatementSyntax> import,
        Parser<SyntaxToken, StatementSyntax> param,
        Parser<SyntaxToken, StatementSyntax> @for)
    {
        _topology = topology;
        _namespace = @namespace;
        _import = import;
        _param = param;
        _for = @for;
    }

    public override bool TryParse(ref ParseState<SyntaxToken> state, ref PooledList<Expected<SyntaxToken>> expecteds, ParseContext context, [MaybeNullWhen(false)] out StatementSyntax result) =>
        Current(ref state, context).Kind switch
        {
            SyntaxKind.Identifier => EntryParser.Instance.TryParse(ref state, ref expecteds, context, out result),
            SyntaxKind.TopologyKeyword => _topology.TryParse(ref state, ref expecteds, out result),
            SyntaxKind.NamespaceKeyword => _namespace.TryParse(ref state, ref expecteds, out result),
            SyntaxKind.ImportKeyword => _import.TryParse(ref state, ref expecteds, out result),
            SyntaxKind.ParamKeyword => _param.TryParse(ref state, ref expecteds, out result),
            SyntaxKind.ForKeyword => _for.TryParse(ref state, ref expecteds, out result),
            _ => Fail(ref state, context, "a statement", out result),
        };
}
