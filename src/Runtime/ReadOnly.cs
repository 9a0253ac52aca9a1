using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace TopoLang.Runtime
{
    /// <summary>
    /// Copies the lists given to constructors into arrays behind a read-only wrapper, so that
    /// neither the caller (by changing its list) nor a consumer (by casting back to an array)
    /// can change a model after it is built.
    /// </summary>
    internal static class ReadOnly
    {
        public static IReadOnlyList<T> Copy<T>(IReadOnlyList<T>? items, string name)
            where T : class
        {
            if (items == null)
            {
                throw new ArgumentNullException(name);
            }

            if (items.Count == 0)
            {
                return Empty<T>.List;
            }

            if (items is Handed<T> handed)
            {
                return handed;
            }

            var copy = new T[items.Count];
            for (var i = 0; i < copy.Length; i++)
            {
                copy[i] = items[i] ?? throw new ArgumentException($"{name} contains null at index {i}.", name);
            }

            return new ReadOnlyCollection<T>(copy);
        }

        /// <summary>
        /// An array its maker hands over whole, keeping no other reference to it: <see cref="Copy"/>
        /// takes it as it is. Only this assembly and the compiler's mapping to these objects make
        /// one; a fleet's image reads 100,000 guests, each with a list of disks and one of nics.
        /// </summary>
        internal static IReadOnlyList<T> HandOver<T>(T[] items)
            where T : class =>
            items.Length == 0 ? Empty<T>.List : new Handed<T>(items);

        private sealed class Handed<T> : ReadOnlyCollection<T>
            where T : class
        {
            public Handed(T[] items)
                : base(items)
            {
            }
        }

        public static IReadOnlyList<T> CopyValues<T>(IReadOnlyList<T>? items, string name)
            where T : struct
        {
            if (items == null)
            {
                throw new ArgumentNullException(name);
            }

            if (items.Count == 0)
            {
                return Empty<T>.List;
            }

            var copy = new T[items.Count];
            for (var i = 0; i < copy.Length; i++)
            {
                copy[i] = items[i];
            }

            return new ReadOnlyCollection<T>(copy);
        }

        public static IReadOnlyList<T> Wrap<T>(T[] items) =>
            items.Length == 0 ? Empty<T>.List : new ReadOnlyCollection<T>(items);

        public static IReadOnlyList<T> EmptyList<T>() => Empty<T>.List;

        private static class Empty<T>
        {
            public static readonly IReadOnlyList<T> List = new ReadOnlyCollection<T>(Array.Empty<T>());
        }
    }
}
