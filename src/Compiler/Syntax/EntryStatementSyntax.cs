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
    private string? _wordText;
    private Parsing.SourceNames? _names;

    public EntryStatementSyntax(SyntaxToken word, string wordText, ImmutableArray<ValueSyntax> values, BlockSyntax? block)
    {
        Word = word;
        _wordText = wordText;
        Values = values;
        Block = block;
    }

    public SyntaxToken Word { get; private set; }

    /// <summary>The word's text; for a node read ahead of its binder, made when first read (<see cref="Parsing.SourceNames"/>).</summary>
    public string WordText => _wordText ??= _names!.NameOf(Word.Span);

    public ImmutableArray<ValueSyntax> Values { get; private set; }

    public BlockSyntax? Block { get; private set; }

    public override TextSpan Span => TextSpan.FromBounds(Word.Start, Block?.Span.End ?? (Values.IsEmpty ? Word.End : Values[^1].Span.End));

    public bool Equals(EntryStatementSyntax? other) =>
        other is not null && base.Equals(other) && Word.Equals(other.Word) && WordText == other.WordText && Values.Equals(other.Values) && Equals(Block, other.Block);

    public override int GetHashCode() => System.HashCode.Combine(base.GetHashCode(), Word, WordText, Values, Block);

    /// <summary>Fills the node again, its word's text to be made from <paramref name="names"/> when read.</summary>
    internal void Reuse(SyntaxToken word, Parsing.SourceNames names, ImmutableArray<ValueSyntax> values, BlockSyntax? block)
    {
        Word = word;
        _wordText = null;
        _names = names;
        Values = values;
        Block = block;
    }
}
