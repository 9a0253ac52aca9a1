using System;

namespace TopoLang.Runtime
{
    /// <summary>
    /// An amount of memory or storage, held as an exact number of bytes. Arithmetic is checked:
    /// a size that does not fit throws <see cref="OverflowException"/> instead of wrapping.
    /// </summary>
    public readonly struct Size : IEquatable<Size>, IComparable<Size>
    {
        /// <summary>Creates a size of <paramref name="bytes"/> bytes.</summary>
        /// <param name="bytes">The exact number of bytes.</param>
        public Size(long bytes) => Bytes = bytes;

        /// <summary>No bytes at all.</summary>
        public static Size Zero => default;

        /// <summary>The exact number of bytes.</summary>
        public long Bytes { get; }

        /// <summary>A size of <paramref name="bytes"/> bytes.</summary>
        /// <param name="bytes">The exact number of bytes.</param>
        /// <returns>The size.</returns>
        public static Size FromBytes(long bytes) => new Size(bytes);

        /// <summary>A size of <paramref name="count"/> KiB (1024 bytes each).</summary>
        /// <param name="count">How many kibibytes.</param>
        /// <returns>The size.</returns>
        /// <exception cref="OverflowException">The size does not fit in a <see cref="long"/> of bytes.</exception>
        public static Size Kibibytes(long count) => new Size(checked(count * SizeUnits.KiB));

        /// <summary>A size of <paramref name="count"/> MiB (1024² bytes each).</summary>
        /// <param name="count">How many mebibytes.</param>
        /// <returns>The size.</returns>
        /// <exception cref="OverflowException">The size does not fit in a <see cref="long"/> of bytes.</exception>
        public static Size Mebibytes(long count) => new Size(checked(count * SizeUnits.MiB));

        /// <summary>A size of <paramref name="count"/> GiB (1024³ bytes each).</summary>
        /// <param name="count">How many gibibytes.</param>
        /// <returns>The size.</returns>
        /// <exception cref="OverflowException">The size does not fit in a <see cref="long"/> of bytes.</exception>
        public static Size Gibibytes(long count) => new Size(checked(count * SizeUnits.GiB));

        /// <summary>A size of <paramref name="count"/> TiB (1024⁴ bytes each).</summary>
        /// <param name="count">How many tebibytes.</param>
        /// <returns>The size.</returns>
        /// <exception cref="OverflowException">The size does not fit in a <see cref="long"/> of bytes.</exception>
        public static Size Tebibytes(long count) => new Size(checked(count * SizeUnits.TiB));

        /// <summary>A size of <paramref name="count"/> PiB (1024⁵ bytes each).</summary>
        /// <param name="count">How many pebibytes.</param>
        /// <returns>The size.</returns>
        /// <exception cref="OverflowException">The size does not fit in a <see cref="long"/> of bytes.</exception>
        public static Size Pebibytes(long count) => new Size(checked(count * SizeUnits.PiB));

        /// <summary>
        /// Reads a size such as <c>8 GiB</c>, <c>8GiB</c>, <c>1.5 GiB</c>, <c>512 MiB</c>, <c>100 GB</c>
        /// or <c>300_000 B</c>: a number (underscores allowed between digits), optional spaces or
        /// tabs, then a unit (<c>B KiB MiB GiB TiB PiB</c>, or decimal <c>KB MB GB TB PB</c>).
        /// The unit is required and case-sensitive. White space around the whole text is ignored.
        /// </summary>
        /// <param name="text">The text to read.</param>
        /// <param name="size">The size read, or <see cref="Zero"/> when the text is not a size.</param>
        /// <returns>False when the text is malformed, is not a whole number of bytes, or does not fit.</returns>
        public static bool TryParse(string? text, out Size size)
        {
            var status = SizeText.TryParse(text, out var bytes);
            size = new Size(bytes);
            return status == SizeParseStatus.Ok;
        }

        /// <summary>Reads a size written as <see cref="TryParse"/> accepts.</summary>
        /// <param name="text">The text to read.</param>
        /// <returns>The size.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
        /// <exception cref="FormatException">The text is not a size, or not a whole number of bytes.</exception>
        /// <exception cref="OverflowException">The size does not fit in a <see cref="long"/> of bytes.</exception>
        public static Size Parse(string text)
        {
            if (text == null)
            {
                throw new ArgumentNullException(nameof(text));
            }

            switch (SizeText.TryParse(text, out var bytes))
            {
                case SizeParseStatus.Ok:
                    return new Size(bytes);
                case SizeParseStatus.FractionalBytes:
                    throw new FormatException($"'{text}' is not a whole number of bytes.");
                case SizeParseStatus.Overflow:
                    throw new OverflowException($"'{text}' is too large for a size.");
                default:
                    throw new FormatException($"'{text}' is not a size such as 8 GiB.");
            }
        }

        /// <summary>The size in the largest binary unit that holds it exactly: <c>32 GiB</c>, <c>1536 MiB</c>, <c>1000 B</c>.</summary>
        /// <returns>The text, which <see cref="Parse"/> reads back to the same size.</returns>
        public override string ToString() => SizeText.Format(Bytes);

        /// <summary>Whether both sizes hold the same number of bytes.</summary>
        /// <param name="other">The size to compare with.</param>
        /// <returns>True when the byte counts are equal.</returns>
        public bool Equals(Size other) => Bytes == other.Bytes;

        /// <summary>Whether <paramref name="obj"/> is a size of the same number of bytes.</summary>
        /// <param name="obj">The object to compare with.</param>
        /// <returns>True when it is an equal size.</returns>
        public override bool Equals(object? obj) => obj is Size other && Equals(other);

        /// <summary>A hash of the byte count.</summary>
        /// <returns>The hash code.</returns>
        public override int GetHashCode() => Bytes.GetHashCode();

        /// <summary>Orders sizes by their byte count.</summary>
        /// <param name="other">The size to compare with.</param>
        /// <returns>Negative, zero or positive as this size is smaller, equal or larger.</returns>
        public int CompareTo(Size other) => Bytes.CompareTo(other.Bytes);

        /// <summary>The sum of two sizes.</summary>
        /// <param name="left">The first size.</param>
        /// <param name="right">The second size.</param>
        /// <returns>The sum.</returns>
        /// <exception cref="OverflowException">The sum does not fit.</exception>
        public static Size operator +(Size left, Size right) => new Size(checked(left.Bytes + right.Bytes));

        /// <summary>The difference of two sizes; it may be negative.</summary>
        /// <param name="left">The size to subtract from.</param>
        /// <param name="right">The size to subtract.</param>
        /// <returns>The difference.</returns>
        /// <exception cref="OverflowException">The difference does not fit.</exception>
        public static Size operator -(Size left, Size right) => new Size(checked(left.Bytes - right.Bytes));

        /// <summary>A size taken <paramref name="count"/> times.</summary>
        /// <param name="size">The size.</param>
        /// <param name="count">How many times.</param>
        /// <returns>The product.</returns>
        /// <exception cref="OverflowException">The product does not fit.</exception>
        public static Size operator *(Size size, long count) => new Size(checked(size.Bytes * count));

        /// <summary>A size taken <paramref name="count"/> times.</summary>
        /// <param name="count">How many times.</param>
        /// <param name="size">The size.</param>
        /// <returns>The product.</returns>
        /// <exception cref="OverflowException">The product does not fit.</exception>
        public static Size operator *(long count, Size size) => size * count;

        /// <summary>Whether both sizes hold the same number of bytes.</summary>
        /// <param name="left">The first size.</param>
        /// <param name="right">The second size.</param>
        /// <returns>True when equal.</returns>
        public static bool operator ==(Size left, Size right) => left.Equals(right);

        /// <summary>Whether the sizes differ.</summary>
        /// <param name="left">The first size.</param>
        /// <param name="right">The second size.</param>
        /// <returns>True when not equal.</returns>
        public static bool operator !=(Size left, Size right) => !left.Equals(right);

        /// <summary>Whether <paramref name="left"/> is smaller.</summary>
        /// <param name="left">The first size.</param>
        /// <param name="right">The second size.</param>
        /// <returns>True when smaller.</returns>
        public static bool operator <(Size left, Size right) => left.Bytes < right.Bytes;

        /// <summary>Whether <paramref name="left"/> is larger.</summary>
        /// <param name="left">The first size.</param>
        /// <param name="right">The second size.</param>
        /// <returns>True when larger.</returns>
        public static bool operator >(Size left, Size right) => left.Bytes > right.Bytes;

        /// <summary>Whether <paramref name="left"/> is smaller or equal.</summary>
        /// <param name="left">The first size.</param>
        /// <param name="right">The second size.</param>
        /// <returns>True when smaller or equal.</returns>
        public static bool operator <=(Size left, Size right) => left.Bytes <= right.Bytes;

        /// <summary>Whether <paramref name="left"/> is larger or equal.</summary>
        /// <param name="left">The first size.</param>
        /// <param name="right">The second size.</param>
        /// <returns>True when larger or equal.</returns>
        public static bool operator >=(Size left, Size right) => left.Bytes >= right.Bytes;
    }
}
