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

            var copy = new T[items.Count];
            for (var i = 0; i < copy.Length; i++)
            {
                copy[i] = items[i] ?? throw new ArgumentException($"{name} contains null at index {i}.", name);
            }

            return new ReadOnlyCollection<T>(copy);
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
