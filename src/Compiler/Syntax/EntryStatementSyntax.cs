using System.Collections.Immutable;
using TopoLang.Compiler.Text;

namespace TopoLang.Compiler.Syntax;

/// <summary>`host kvm-01 { ... }`, `vcpus 4`: a word, its values, and an optional block.</summary>
/// <remarks>
/// Immutable to everything outside the parser. The parser may fill a node again once its
/// reader is done with it (<see cref="Parsing.SyntaxArena"/>), hence the private setters.
/// </remarks>
public sealed record EntryStatementSyntax : StatementSyntax
{
    public EntryStatementSyntax(SyntaxToken word, string wordText, ImmutableArray<ValueSyntax> values, BlockSyntax? block)
    {
        Reuse(word, wordText, values, block);
    }

    public SyntaxToken Word { get; private set; }

    public string WordText { get; private set; } = string.Empty;

    public ImmutableArray<ValueSyntax> Values { get; private set; }

    public BlockSyntax? Block { get; private set; }

    public override TextSpan Span => TextSpan.FromBounds(Word.Start, Block?.Span.End ?? (Values.IsEmpty ? Word.End : Values[^1].Span.End));

    internal void Reuse(SyntaxToken word, string wordText, ImmutableArray<ValueSyntax> values, BlockSyntax? block)
    {
        Word = word;
        WordText = wordText;
        Values = values;
        Block = block;
    }
}
