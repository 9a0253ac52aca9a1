using System.Collections;
using System.Collections.Generic;

namespace TopoLang.Compiler.Binding;

/// <summary>
/// A list that is only appended to, kept in fixed-size chunks: growing never copies, and no
/// chunk is large enough for the large object heap. A list grown by doubling to 100,000 references
/// left its outgrown arrays on that heap, where nothing but a full collection frees them.
/// </summary>
internal sealed class AppendOnlyList<T> : IReadOnlyList<T>
{
    private const int ChunkShift = 10;
    private const int ChunkSize = 1 << ChunkShift;

    private readonly List<T[]> _chunks = new();

    public int Count { get; private set; }

    public T this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count)
            {
                throw new System.ArgumentOutOfRangeException(nameof(index));
            }

            return _chunks[index >> ChunkShift][index & (ChunkSize - 1)];
        }
    }

    public void Add(T item)
    {
        var offset = Count & (ChunkSize - 1);
        if (offset == 0)
        {
            _chunks.Add(new T[ChunkSize]);
        }

        _chunks[^1][offset] = item;
        Count++;
    }

    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return _chunks[i >> ChunkShift][i & (ChunkSize - 1)];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
