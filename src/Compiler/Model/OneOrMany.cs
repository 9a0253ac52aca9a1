using System;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace TopoLang.Compiler.Model;

/// <summary>
/// A model's list that nearly always holds one item (a guest's disks, its nics), kept as that item
/// itself rather than in an array of one: at 100,000 guests the arrays of one disk and one nic were
/// 6 MiB of a check's peak. None is no object, several an array as before.
/// </summary>
/// <remarks>
/// Reading it by index or with <c>foreach</c> makes nothing; <see cref="ToImmutableArray"/> makes
/// the array of one that a public <see cref="ImmutableArray{T}"/> needs, on each call.
/// </remarks>
internal readonly struct OneOrMany<T> : IEquatable<OneOrMany<T>>
    where T : class
{
    // Null, a T, or a T[] of two or more.
    private readonly object? _items;

    private OneOrMany(object? items) => _items = items;

    public static OneOrMany<T> Empty => default;

    public int Length => _items switch
    {
        null => 0,
        T[] array => array.Length,
        _ => 1,
    };

    public bool IsEmpty => _items is null;

    public static OneOrMany<T> One(T item) => new(item);

    /// <summary>The items of <paramref name="items"/>, which must have two or more (a list of one is <see cref="One"/>).</summary>
    public static OneOrMany<T> Many(T[] items) => items.Length >= 2 ? new(items) : throw new ArgumentException("Two items or more: one is OneOrMany.One.", nameof(items));

    public static OneOrMany<T> From(ImmutableArray<T> items) => items.IsDefaultOrEmpty
        ? Empty
        : items.Length == 1 ? One(items[0]) : new(ImmutableCollectionsMarshal.AsArray(items));

    public T this[int index] => _items switch
    {
        T[] array => array[index],
        T item when index == 0 => item,
        _ => throw new IndexOutOfRangeException(),
    };

    public Enumerator GetEnumerator() => new(this);

    public ImmutableArray<T> ToImmutableArray() => _items switch
    {
        null => ImmutableArray<T>.Empty,
        T[] array => ImmutableCollectionsMarshal.AsImmutableArray(array),
        _ => ImmutableArray.Create((T)_items),
    };

    // As ImmutableArray compares: the same array; and one item compares as itself.
    public bool Equals(OneOrMany<T> other) =>
        ReferenceEquals(_items, other._items) || (_items is T item && other._items is T otherItem && item.Equals(otherItem));

    public override bool Equals(object? obj) => obj is OneOrMany<T> other && Equals(other);

    public override int GetHashCode() => _items is T item ? item.GetHashCode() : RuntimeHelpers.GetHashCode(_items);

    /// <summary>The items in order, without an object made to walk them.</summary>
    public struct Enumerator
    {
        private readonly OneOrMany<T> _list;
        private int _index;

        internal Enumerator(OneOrMany<T> list)
        {
            _list = list;
            _index = -1;
        }

        public readonly T Current => _list[_index];

        public bool MoveNext() => ++_index < _list.Length;
    }
}
