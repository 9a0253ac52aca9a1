using System.Collections.Immutable;
using TopoLang.Compiler.Text;

namespace TopoLang.Compiler.Syntax;

/// <summary>`[a, b, c]`; <see cref="CloseBracket"/> is null when the list was cut short by an error.</summary>
public sealed record ListValueSyntax(SyntaxToken OpenBracket, ImmutableArray<ValueSyntax> Items, SyntaxToken? CloseBracket) : ValueSyntax
{
    public override TextSpan Span => TextSpan.FromBounds(OpenBracket.Start, CloseBracket?.End ?? (Items.IsEmpty ? OpenBracket.End : Items[^1].Span.End));
}
