using System;

namespace TopoLang.Compiler.Syntax.Parsing;

/// <summary>
/// Makes a word written again and again one string: a name looked up while it is still in the
/// table is the string made for it the first time. Looking a name up allocates nothing.
/// </summary>
/// <remarks>
/// A table of at most 8,192 names, one per slot, the newest winning: the words a file repeats (a
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
    private const int MaxSlotCount = 8192;

    // A table starts small and doubles as names are made, up to the most: a compilation makes a
    // table for each file it parses and each value binder (the schema's defaults have one each),
    // and a table of 8,192 slots for a two-line default was 2.5 MiB of a small check's 17.
    private const int FirstSlotCount = 256;

    private string?[] _slots = new string?[FirstSlotCount];
    private int[] _hashes = new int[FirstSlotCount];
    private int _made;

    public string Intern(ReadOnlySpan<char> text)
    {
        var hash = Hash(text);
        var index = hash & (_slots.Length - 1);
        if (_slots[index] is { } slot && _hashes[index] == hash && text.SequenceEqual(slot))
        {
            return slot;
        }

        var name = text.ToString();
        if (++_made > _slots.Length && _slots.Length < MaxSlotCount)
        {
            Grow();
            index = hash & (_slots.Length - 1);
        }

        _slots[index] = name;
        _hashes[index] = hash;
        return name;
    }

    private void Grow()
    {
        var slots = new string?[_slots.Length * 2];
        var hashes = new int[slots.Length];
        for (var i = 0; i < _slots.Length; i++)
        {
            if (_slots[i] is { } name)
            {
                var index = _hashes[i] & (slots.Length - 1);
                slots[index] = name;
                hashes[index] = _hashes[i];
            }
        }

        (_slots, _hashes) = (slots, hashes);
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
