using System.Collections.Immutable;
using System.Linq;
using TopoLang.Compiler.Binding.Bound;
using TopoLang.Compiler.Model;
using TopoLang.Compiler.Text;

namespace TopoLang.Compiler.Binding;

/// <summary>Typed reads of a bound block's values, defaults included; null where missing or in error.</summary>
internal static class BlockReader
{
    public static Located<int>? Int(BoundBlock block, string word) =>
        block.Value(word) is IntValue value ? new Located<int>((int)value.Value, value.Location, IsDefault(block, word)) : null;

    public static Located<long>? Size(BoundBlock block, string word) =>
        block.Value(word) is SizeValue value ? new Located<long>(value.Bytes, value.Location, IsDefault(block, word)) : null;

    public static Located<decimal>? Number(BoundBlock block, string word) =>
        block.Value(word) is NumberValue value ? new Located<decimal>(value.Value, value.Location, IsDefault(block, word)) : null;

    public static Located<bool>? Bool(BoundBlock block, string word) =>
        block.Value(word) is BoolValue value ? new Located<bool>(value.Value, value.Location, IsDefault(block, word)) : null;

    public static string? String(BoundBlock block, string word, int slot = 0) => block.Value(word, slot) switch
    {
        StringValue text => text.Value,
        WordValue word1 => word1.Word,
        _ => null,
    };

    public static Located<string>? LocatedString(BoundBlock block, string word) =>
        block.Value(word) is StringValue value ? new Located<string>(value.Value, value.Location, IsDefault(block, word)) : null;

    public static string? Word(BoundBlock block, string word, int slot = 0) => (block.Value(word, slot) as WordValue)?.Word;

    public static Located<TEnum>? Enum<TEnum>(BoundBlock block, string word)
        where TEnum : struct, System.Enum =>
        block.Value(word) is WordValue value ? new Located<TEnum>(ModelWords.Parse<TEnum>(value.Word), value.Location, IsDefault(block, word)) : null;

    public static Located<string>? Reference(BoundBlock block, string word) =>
        block.Value(word) is ReferenceValue value ? new Located<string>(value.Name, value.Location) : null;

    public static ImmutableArray<Located<string>> Words(BoundBlock block, string word) =>
        block.Value(word) is ListValue list
            ? list.Items.Select(item => new Located<string>(item switch
            {
                WordValue w => w.Word,
                ReferenceValue r => r.Name,
                _ => string.Empty,
            }, item.Location)).Where(item => item.Value.Length > 0).ToImmutableArray()
            : ImmutableArray<Located<string>>.Empty;

    public static Located<decimal>? Quantity(BoundBlock block, string word) =>
        block.Value(word) is QuantityValue value ? new Located<decimal>(value.BaseValue, value.Location, IsDefault(block, word)) : null;

    /// <summary>The declared name of an entry, with its location.</summary>
    public static Located<string> Name(BoundEntry entry) =>
        new(entry.Name ?? string.Empty, entry.NameLocation ?? entry.WordLocation);

    private static bool IsDefault(BoundBlock block, string word) => !block.IsPresent(word);

    public static SourceLocation LocationOf(BoundBlock block, string word) => block.First(word)?.WordLocation ?? block.Owner;
}
