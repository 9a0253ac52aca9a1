using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace TopoLang.Compiler.Syntax.Parsing;

/// <summary>
/// The arrays under a <see cref="SyntaxArena"/>'s immutable lists, kept by length: a list is
/// copied into a free array of its exact length. Longer lists than <see cref="LongestRecycled"/>
/// are rare enough to be made each time.
/// </summary>
internal sealed class RecycledLists<T>
{
    public const int LongestRecycled = 64;

    private readonly RecycledNodes<T[]>?[] _byLength = new RecycledNodes<T[]>?[LongestRecycled + 1];

    public ImmutableArray<T> Copy(ImmutableArray<T>.Builder items)
    {
        if (items.Count == 0)
        {
            return ImmutableArray<T>.Empty;
        }

        if (items.Count > LongestRecycled)
        {
            return items.ToImmutable();
        }

        var lists = _byLength[items.Count] ??= new RecycledNodes<T[]>();
        var array = lists.TakeFree() ?? lists.Add(new T[items.Count]);
        items.CopyTo(array, 0);
        return ImmutableCollectionsMarshal.AsImmutableArray(array);
    }

    /// <summary>A list of one item: most entries have a single value.</summary>
    public ImmutableArray<T> One(T item)
    {
        var lists = _byLength[1] ??= new RecycledNodes<T[]>();
        var array = lists.TakeFree() ?? lists.Add(new T[1]);
        array[0] = item;
        return ImmutableCollectionsMarshal.AsImmutableArray(array);
    }

    public void ReleaseAll()
    {
        foreach (var lists in _byLength)
        {
            lists?.ReleaseAll();
        }
    }

    public void KeepAll()
    {
        foreach (var lists in _byLength)
        {
            lists?.KeepAll();
        }
    }
}
