using System;

namespace TopoLang.Compiler.Syntax.Parsing;

/// <summary>
/// Interns names so that a word written a million times is one string. Open addressing over
/// the text's span: looking a name up allocates nothing.
/// </summary>
internal sealed class NameTable
{
    private string?[] _slots = new string?[1024];
    private int _count;

    public string Intern(ReadOnlySpan<char> text)
    {
        var mask = _slots.Length - 1;
        var index = string.GetHashCode(text) & mask;
        while (true)
        {
            var slot = _slots[index];
            if (slot is null)
            {
                return Add(index, text);
            }

            if (text.SequenceEqual(slot))
            {
                return slot;
            }

            index = (index + 1) & mask;
        }
    }

    private string Add(int index, ReadOnlySpan<char> text)
    {
        var name = text.ToString();
        _slots[index] = name;
        if (++_count * 2 > _slots.Length)
        {
            Grow();
        }

        return name;
    }

    private void Grow()
    {
        var old = _slots;
        _slots = new string?[old.Length * 2];
        var mask = _slots.Length - 1;
        foreach (var name in old)
        {
            if (name is null)
            {
                continue;
            }

            var index = string.GetHashCode(name.AsSpan()) & mask;
            while (_slots[index] is not null)
            {
                index = (index + 1) & mask;
            }

            _slots[index] = name;
        }
    }
}
