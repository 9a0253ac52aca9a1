using System.Collections.Immutable;
using TopoLang.Compiler.Binding.Bound;
using TopoLang.Compiler.Binding.Schema;
using TopoLang.Compiler.Model;
using TopoLang.Compiler.Text;

namespace TopoLang.Compiler.Binding;

/// <summary>
/// Typed reads of a bound block's values, defaults included (placed at the block's owning
/// entry and marked as defaults); null where missing or in error.
/// </summary>
internal static class BlockReader
{
    public static Located<int>? Int(BoundBlock block, string word) =>
        Read<IntValue>(block, word, out var location, out var isDefault, out var entry) is { } value ? new Located<int>((int)value.Value, location, isDefault, entry) : null;

    public static Located<long>? Size(BoundBlock block, string word) =>
        Read<SizeValue>(block, word, out var location, out var isDefault, out var entry) is { } value ? new Located<long>(value.Bytes, location, isDefault, entry) : null;

    public static Located<decimal>? Number(BoundBlock block, string word) =>
        Read<NumberValue>(block, word, out var location, out var isDefault, out var entry) is { } value ? new Located<decimal>(value.Value, location, isDefault, entry) : null;

    public static Located<bool>? Bool(BoundBlock block, string word) =>
        Read<BoolValue>(block, word, out var location, out var isDefault, out var entry) is { } value ? new Located<bool>(value.Value, location, isDefault, entry) : null;

    public static Located<decimal>? Quantity(BoundBlock block, string word) =>
        Read<QuantityValue>(block, word, out var location, out var isDefault, out var entry) is { } value ? new Located<decimal>(value.BaseValue, location, isDefault, entry) : null;

    public static Located<string>? LocatedString(BoundBlock block, string word) =>
        Read<StringValue>(block, word, out var location, out var isDefault, out var entry) is { } value ? new Located<string>(value.Value, location, isDefault, entry) : null;

    public static Located<TEnum>? Enum<TEnum>(BoundBlock block, string word)
        where TEnum : struct, System.Enum =>
        Read<WordValue>(block, word, out var location, out var isDefault, out var entry) is { } value ? new Located<TEnum>(ModelWords.Parse<TEnum>(value.Word), location, isDefault, entry) : null;

    public static Located<string>? Reference(BoundBlock block, string word) =>
        Read<ReferenceValue>(block, word, out var location, out var isDefault, out var entry) is { } value ? new Located<string>(value.Name, location, isDefault, entry) : null;

    public static string? String(BoundBlock block, string word, int slot = 0) => block.Value(word, slot) switch
    {
        StringValue text => text.Value,
        WordValue name => name.Word,
        _ => null,
    };

    public static string? Word(BoundBlock block, string word, int slot = 0) => (block.Value(word, slot) as WordValue)?.Word;

    /// <summary>The items of a list of words or references, each where it was written (a default's at the owner).</summary>
    public static ImmutableArray<Located<string>> Words(BoundBlock block, string word)
    {
        if (Read<ListValue>(block, word, out var location, out var isDefault, out _) is not { } list)
        {
            return ImmutableArray<Located<string>>.Empty;
        }

        var items = new Located<string>[list.Items.Length];
        var count = 0;
        foreach (var item in list.Items)
        {
            var text = item switch
            {
                WordValue w => w.Word,
                ReferenceValue r => r.Name,
                _ => null,
            };
            if (text is not null)
            {
                items[count++] = new Located<string>(text, isDefault ? location : item.Location, isDefault);
            }
        }

        // An array of the right size, handed over as is: a builder copies it once more.
        return System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(count == items.Length ? items : items[..count]);
    }

    /// <summary>The schema's default of an entry, for a value in error or a block not written: defaults live in the schema only.</summary>
    public static TEnum DefaultEnum<TEnum>(BlockSpec spec, string word)
        where TEnum : struct, System.Enum => ModelWords.Parse<TEnum>(SchemaDefault<WordValue>(spec, word).Word);

    /// <summary>The schema's default of a flag; a flag the block does not take (`nested` under qemu) is off.</summary>
    public static bool DefaultBool(BlockSpec spec, string word) => spec.Find(word) is not null && SchemaDefault<BoolValue>(spec, word).Value;

    /// <inheritdoc cref="DefaultEnum{TEnum}"/>
    public static string DefaultWord(BlockSpec spec, string word) => SchemaDefault<WordValue>(spec, word).Word;

    /// <inheritdoc cref="DefaultEnum{TEnum}"/>
    public static int DefaultInt(BlockSpec spec, string word) => (int)SchemaDefault<IntValue>(spec, word).Value;

    /// <inheritdoc cref="DefaultEnum{TEnum}"/>
    public static decimal DefaultQuantity(BlockSpec spec, string word) => SchemaDefault<QuantityValue>(spec, word).BaseValue;

    private static T SchemaDefault<T>(BlockSpec spec, string word)
        where T : BoundValue =>
        spec.Find(word) is { } entry && DefaultValues.Get(entry) is T value
            ? value
            : throw new System.InvalidOperationException($"The schema has no {typeof(T).Name} default for '{word}'.");

    /// <summary>Whether the entry was written but its value is in error (already reported): a reader then gives null.</summary>
    public static bool IsInError(BoundBlock block, string word) => block.Read(word) is (null, false);

    /// <summary>Whether a list entry was written but it, or one of its items, is in error (already reported).</summary>
    public static bool IsListInError(BoundBlock block, string word) =>
        block.Read(word) is (var value, false) && value is not ListValue { HasBadItems: false };

    /// <summary>The declared name of an entry, with its location.</summary>
    public static Located<string> Name(BoundEntry entry) =>
        new(entry.Name ?? string.Empty, entry.NameLocation ?? entry.WordLocation);

    /// <summary>The value of <paramref name="word"/> when it is a <typeparamref name="T"/>, with where it counts as written (a default at the block's owner).</summary>
    public static T? Read<T>(BoundBlock block, string word, out SourceLocation location, out bool isDefault, out SourceLocation entry)
        where T : BoundValue
    {
        // The entry is looked for once: a guest's values are a dozen reads, each a scan of its block.
        if (block.First(word) is { } written)
        {
            var value = written[0];
            isDefault = false;
            location = value?.Location ?? block.Owner;
            entry = written.WordLocation;
            return value as T;
        }

        var (absent, fromDefault) = block.ReadAbsent(word);
        isDefault = fromDefault;
        location = block.Owner;
        entry = block.Owner;
        return absent as T;
    }
}
