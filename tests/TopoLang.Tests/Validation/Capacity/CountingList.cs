using System.Collections;
using System.Collections.Generic;

namespace TopoLang.Tests.Validation.Capacity;

/// <summary>A list that counts how many of its elements were read, by index or by enumeration: the cost of a pass, without a clock.</summary>
internal sealed class CountingList<T> : IReadOnlyList<T>
{
    private readonly IReadOnlyList<T> _items;

    public CountingList(IReadOnlyList<T> items) => _items = items;

    public long Reads { get; private set; }

    public int Count => _items.Count;

    public T this[int index]
    {
        get
        {
            Reads++;
            return _items[index];
        }
    }

    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < _items.Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
