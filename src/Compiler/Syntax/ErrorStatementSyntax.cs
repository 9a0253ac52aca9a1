using System.Collections.Immutable;
using TopoLang.Compiler.Text;

namespace TopoLang.Compiler.Syntax;

/// <summary>
/// A statement the parser could not read, kept so that nothing is lost: the tokens it skipped
/// and the blocks inside them (parsed, so their own errors are still found). When it starts
/// with a word, that entry still counts as present (no TOPO1005 for it). <see cref="Name"/> is
/// the plain name that followed the word, if one did (`network web ^ { }`): a declaration the
/// binder can still record, so that references to it are not reported as undeclared.
/// </summary>
public sealed record ErrorStatementSyntax(SyntaxToken FirstToken, string? EntryWord, TextSpan SkippedSpan, ImmutableArray<BlockSyntax> Blocks) : StatementSyntax
{
    public override TextSpan Span => SkippedSpan;

    public NameValueSyntax? Name { get; init; }
}
