using System;
using System.Collections.Generic;

namespace TopoLang.Runtime
{
    /// <summary>Named items of one kind, found by name (ordinal, case-sensitive).</summary>
    internal sealed class NameIndex<T>
        where T : class
    {
        private readonly Dictionary<string, T> _byName;
        private readonly string _kind;
        private readonly string _topology;

        /// <summary>Indexes <paramref name="items"/>; two items of one name are an error.</summary>
        public NameIndex(IReadOnlyList<T> items, Func<T, string> nameOf, string kind, string topology)
        {
            _kind = kind;
            _topology = topology;
            _byName = new Dictionary<string, T>(items.Count, StringComparer.Ordinal);
            foreach (var item in items)
            {
                var name = nameOf(item);
                if (_byName.ContainsKey(name))
                {
                    throw new ArgumentException($"Topology '{topology}' has two {kind}s named '{name}'.");
                }

                _byName.Add(name, item);
            }
        }

        /// <summary>Indexes items whose names were already checked; the first of a name wins.</summary>
        public NameIndex(IEnumerable<T> items, Func<T, string> nameOf, string kind, string topology, bool firstWins)
        {
            _kind = kind;
            _topology = topology;
            _byName = new Dictionary<string, T>(StringComparer.Ordinal);
            foreach (var item in items)
            {
                var name = nameOf(item);
                if (!_byName.ContainsKey(name))
                {
                    _byName.Add(name, item);
                }
            }
        }

        public T? Find(string name)
        {
            if (name == null)
            {
                throw new ArgumentNullException(nameof(name));
            }

            return _byName.TryGetValue(name, out var item) ? item : null;
        }

        public T Get(string name) =>
            Find(name) ?? throw new KeyNotFoundException($"Topology '{_topology}' has no {_kind} named '{name}'.");
    }
}
