using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Pidgin;
using static Pidgin.Parser;

namespace TopoLang.Compiler.Syntax.Parsing;

/// <summary>
/// The grammar of docs/language.md, "Grammar", built once. Statements that are plain sequences are Pidgin
/// combinators over the token parsers; entries, values and blocks, where almost all the input
/// is, are token parsers that dispatch on the current kind.
/// </summary>
internal static class Grammar
{
    private static readonly Parser<SyntaxToken, Unit> End = EndOfStatementParser.Instance;

    private static readonly Parser<SyntaxToken, IEnumerable<Name>> DottedName =
        NameParser.Instance.SeparatedAtLeastOnce(new KindParser(SyntaxKind.Dot));

    private static readonly Parser<SyntaxToken, StatementSyntax> Topology = Header(SyntaxKind.TopologyKeyword);

    private static readonly Parser<SyntaxToken, StatementSyntax> Namespace = Header(SyntaxKind.NamespaceKeyword);

    private static readonly Parser<SyntaxToken, StatementSyntax> Import = Map(
        (keyword, path, _) => (StatementSyntax)new ImportStatementSyntax(keyword, new StringValueSyntax(path)),
        new KindParser(SyntaxKind.ImportKeyword),
        new KindParser(SyntaxKind.String, "a string (the path of the file to import)"),
        End);

    private static readonly Parser<SyntaxToken, StatementSyntax> Param = Map(
        (keyword, name, _, type, defaultValue, _) =>
            (StatementSyntax)new ParamStatementSyntax(keyword, name.Token, name.Text, type.Token, type.Text, defaultValue.GetValueOrDefault()),
        new KindParser(SyntaxKind.ParamKeyword),
        NameParser.Instance,
        new KindParser(SyntaxKind.Colon),
        ParamTypeParser.Instance,
        new KindParser(SyntaxKind.Equals).Then(ValueParser.Instance).Optional(),
        End);

    private static readonly Parser<SyntaxToken, StatementSyntax> For = Map(
        (keyword, variable, _, from, _, to, body) => (StatementSyntax)new ForStatementSyntax(keyword, variable.Token, variable.Text, from, to, body),
        new KindParser(SyntaxKind.ForKeyword),
        NameParser.Instance,
        new KindParser(SyntaxKind.InKeyword),
        ValueParser.Instance,
        new KindParser(SyntaxKind.DotDot),
        ValueParser.Instance,
        BlockParser.Instance);

    public static readonly Parser<SyntaxToken, StatementSyntax> Statement = new StatementParser(Topology, Namespace, Import, Param, For);

    public static readonly Parser<SyntaxToken, CompilationUnitSyntax> CompilationUnit = new CompilationUnitParser();

    private static Parser<SyntaxToken, StatementSyntax> Header(SyntaxKind keyword) => Map(
        (token, parts, _) =>
        {
            var names = parts.ToImmutableArray();
            return (StatementSyntax)new HeaderStatementSyntax(token, names.Select(n => n.Token).ToImmutableArray(), string.Join(".", names.Select(n => n.Text)));
        },
        new KindParser(keyword),
        DottedName,
        End);
}
