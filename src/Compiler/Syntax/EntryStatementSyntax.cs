using System.Collections.Immutable;
using TopoLang.Compiler.Text;

namespace TopoLang.Compiler.Syntax;

/// <summary>`host kvm-01 { ... }`, `vcpus 4`: a word, its values, and an optional block.</summary>
public sealed record EntryStatementSyntax(SyntaxToken Word, string WordText, ImmutableArray<ValueSyntax> Values, BlockSyntax? Block) : StatementSyntax
{
    public override TextSpan Span => TextSpan.FromBounds(Word.Start, Block?.Span.End ?? (Values.IsEmpty ? Word.End : Values[^1].Span.End));
}
