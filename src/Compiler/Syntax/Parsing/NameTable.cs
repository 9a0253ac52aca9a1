using System;

namespace TopoLang.Compiler.Syntax.Parsing;

/// <summary>
/// Makes a word written again and again one string: a name looked up while it is still in the
/// table is the string made for it the first time. Looking a name up allocates nothing.
/// </summary>
/// <remarks>
/// A fixed table with one name per slot, the newest winning: the words a file repeats (a
/// network's name, a param, `root`, a distro) come back before another name takes their slot,
/// and the names written once (a fleet's guest names and addresses, most of its words) would only
/// fill a table that grows with the file. It grew to 6 MB at 100,000 guests, with as much again
/// outgrown on the way, to dedupe names that occur once. Nothing depends on two equal names being
/// one object; this saves memory, not comparisons. The hash is FNV-1a over the characters: the
/// names are the user's own, and a table per compilation needs no randomized hash.
/// </remarks>
internal sealed class NameTable
{
    // Room for the words a file repeats, with few of them sharing a slot.
    private const int SlotCount = 8192;

    private readonly string?[] _slots = new string?[SlotCount];
    private readonly int[] _hashes = new int[SlotCount];

    public string Intern(ReadOnlySpan<char> text)
    {
        var hash = Hash(text);
        var index = hash & (SlotCount - 1);
        if (_slots[index] is { } slot && _hashes[index] == hash && text.SequenceEqual(slot))
        {
            return slot;
        }

        var name = text.ToString();
        _slots[index] = name;
        _hashes[index] = hash;
        return name;
    }

    private static int Hash(ReadOnlySpan<char> text)
    {
        var hash = 2166136261;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619;
        }

        return (int)(hash & 0x7FFFFFFF);
    }
}
