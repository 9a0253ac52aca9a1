using System;

namespace TopoLang.Runtime.Image
{
    /// <summary>
    /// The strings an image has written, each with its index, the order it was first written in:
    /// a later occurrence is written as that index. A fleet's image has 900,000 distinct strings
    /// (every plan step's id, its paths...), and a <c>Dictionary&lt;string, int&gt;</c> of them cost
    /// 24 bytes an entry and 4 a bucket, 25 MiB; this holds each string once by its index and an
    /// index in a table kept at most half full, 16 bytes a string.
    /// </summary>
    internal sealed class StringTable
    {
        private string[] _strings;

        // Open addressing, linear probing: a slot holds a string's index + 1, 0 when it is empty.
        private int[] _slots;
        private int _count;

        /// <param name="expectedCount">About how many strings it will hold: sized once for them rather than grown.</param>
        public StringTable(int expectedCount)
        {
            _strings = new string[Math.Max(expectedCount, 4)];
            _slots = new int[SlotsFor(_strings.Length)];
        }

        /// <summary>How many strings it holds.</summary>
        public int Count => _count;

        /// <summary>
        /// The index <paramref name="value"/> was given when it was added; or, when it is new, -1,
        /// and it is added with the next index (<see cref="Count"/> before the call).
        /// </summary>
        public int IndexOfOrAdd(string value)
        {
            var slot = Home(value, _slots.Length);
            for (var held = _slots[slot]; held != 0; held = _slots[slot])
            {
                if (string.Equals(_strings[held - 1], value))
                {
                    return held - 1;
                }

                slot = Next(slot, _slots.Length);
            }

            if (_count == _strings.Length)
            {
                Array.Resize(ref _strings, 2 * _strings.Length);
            }

            _strings[_count] = value;
            _slots[slot] = ++_count;
            if (_count > _slots.Length / 2)
            {
                Grow();
            }

            return -1;
        }

        private void Grow()
        {
            var slots = new int[SlotsFor(2 * _count)];
            for (var index = 0; index < _count; index++)
            {
                var slot = Home(_strings[index], slots.Length);
                while (slots[slot] != 0)
                {
                    slot = Next(slot, slots.Length);
                }

                slots[slot] = index + 1;
            }

            _slots = slots;
        }

        // Twice as many slots as strings, and one more, so that a table sized for its strings stays at most half full.
        private static int SlotsFor(int strings) => checked((2 * strings) + 1);

        private static int Home(string value, int slots) => (int)((uint)StringComparer.Ordinal.GetHashCode(value) % (uint)slots);

        private static int Next(int slot, int slots) => slot + 1 == slots ? 0 : slot + 1;
    }
}
