using System.Collections.Generic;
using System.Collections.Immutable;

namespace TopoLang.Compiler.Syntax.Parsing;

/// <summary>
/// Builders for the lists of one parse, reused: a builder grows by doubling and its array is
/// then copied to an exact one, so a fresh builder per block made each block's statements three
/// times over. Nested lists each take their own builder from the pool.
/// </summary>
internal sealed class BuilderPool<T>
{
    private readonly Stack<ImmutableArray<T>.Builder> _free = new();

    public ImmutableArray<T>.Builder Rent() => _free.Count > 0 ? _free.Pop() : ImmutableArray.CreateBuilder<T>();

    /// <summary>The built list, in an array of its exact size; the builder goes back to the pool.</summary>
    /// <param name="recycled">Where the list is copied when the parse recycles its nodes (<see cref="SyntaxArena"/>).</param>
    public ImmutableArray<T> Return(ImmutableArray<T>.Builder builder, RecycledLists<T>? recycled)
    {
        var items = recycled?.Copy(builder) ?? builder.ToImmutable();
        builder.Clear();
        _free.Push(builder);
        return items;
    }
}
