using System.Collections.Generic;
using System.Linq;
using TopoLang.Compiler.Binding.Schema;
using TopoLang.Compiler.Syntax;
using TopoLang.Compiler.Text;
using TopoLang.LanguageServer.Protocol;
using TopoLang.LanguageServer.Workspace;

namespace TopoLang.LanguageServer.Features;

/// <summary>
/// `textDocument/documentSymbol`: the outline of a file, its params and every declaration (hosts,
/// guests, networks, clouds, deployments, instances...) nested as written; the entries between
/// (`hypervisor kvm`, a loop) are seen through, so a host's guests sit directly under it.
/// </summary>
internal static class DocumentSymbolsFeature
{
    public static DocumentSymbol[] Of(SourceText text)
    {
        var root = SyntaxTree.Parse(text).Root;
        return Walk(text, root.Statements, TopoSchema.File).ToArray();
    }

    private static IEnumerable<DocumentSymbol> Walk(SourceText text, IEnumerable<StatementSyntax> statements, BlockSpec? spec)
    {
        foreach (var statement in statements)
        {
            var symbols = statement switch
            {
                ParamStatementSyntax param => new[] { Symbol(text, param.Name, "param " + param.TypeName, SymbolKind.Variable, param.Span, param.NameToken.Span, Enumerable.Empty<DocumentSymbol>()) },
                ForStatementSyntax loop => Walk(text, loop.Body.Statements, spec),
                EntryStatementSyntax entry => Entry(text, entry, spec?.Find(entry.WordText)),
                _ => Enumerable.Empty<DocumentSymbol>(),
            };
            foreach (var symbol in symbols)
            {
                yield return symbol;
            }
        }
    }

    private static IEnumerable<DocumentSymbol> Entry(SourceText text, EntryStatementSyntax entry, EntrySpec? spec)
    {
        var key = entry.Values.FirstOrDefault() is NameValueSyntax word ? word.Name : null;
        var children = entry.Block is { } block ? Walk(text, block.Statements, spec?.BlockFor(key)) : Enumerable.Empty<DocumentSymbol>();
        if (spec?.Declares is not { Kind: { } kind } || entry.Values.FirstOrDefault() is not TokenValueSyntax name || name is not (NameValueSyntax or StringValueSyntax))
        {
            return children;
        }

        var written = name is NameValueSyntax bare ? bare.Name : text.ToString(name.Span);
        return new[] { Symbol(text, written, entry.WordText, KindOf(kind), entry.Span, name.Span, children) };
    }

    private static DocumentSymbol Symbol(SourceText text, string name, string detail, int kind, TextSpan span, TextSpan selection, IEnumerable<DocumentSymbol> children) =>
        new(name, detail, kind, TextPositions.ToRange(text, span), TextPositions.ToRange(text, selection), children.ToArray());

    private static int KindOf(EntityKind kind) => kind switch
    {
        EntityKind.Host => SymbolKind.Class,
        EntityKind.Network => SymbolKind.Interface,
        EntityKind.Provider or EntityKind.Cloud => SymbolKind.Namespace,
        EntityKind.Deployment => SymbolKind.Module,
        _ => SymbolKind.Object,
    };
}
