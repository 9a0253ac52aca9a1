using System;
using System.Collections.Generic;

namespace TopoLang.Benchmarks.CharLevel;

/// <summary>
/// Interns identifiers so that the hundred thousand <c>vcpus</c> of a large file share one
/// string, as the hand tokenizer does; otherwise the comparison would measure allocation.
/// </summary>
public sealed class NameTable
{
    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public NameTable()
    {
        _lookup = _names.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public string Intern(ReadOnlySpan<char> text)
    {
        if (_lookup.TryGetValue(text, out string? name))
        {
            return name;
        }

        name = text.ToString();
        _names.Add(name, name);
        return name;
    }
}
