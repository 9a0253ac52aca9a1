using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace TopoLang.Runtime.Image
{
    /// <summary>
    /// Writes the primitive values of a <see cref="TopologyImage"/> as text: integers as
    /// <c>123;</c>, booleans as <c>T</c>/<c>F</c>, null as <c>~</c>, a string the first time as
    /// <c>'LENGTH:TEXT</c> and every later time as <c>#INDEX;</c>. Plans repeat their step ids,
    /// kinds and paths many times over, so strings are written once; the text is what a generated
    /// C# string literal holds, which the C# compiler reads far faster than constructor calls.
    /// The text goes straight to a <see cref="TextWriter"/> (the compressor, when the compiler
    /// writes an image): the image of a 100,000-guest topology and its plan is tens of megabytes
    /// before it is compressed, and was once built whole in memory, then copied, then encoded.
    /// </summary>
    internal sealed class ImageWriter
    {
        private readonly TextWriter _text;
        private readonly StringTable _strings;

        // The digits of one number, written from the end: a string per number (a plan refers to
        // its strings millions of times) would be most of what writing the image allocates.
        private readonly char[] _digits = new char[20];

        /// <param name="text">Where the image's text goes.</param>
        /// <param name="version">The image format's version, written first.</param>
        /// <param name="expectedStrings">About how many distinct strings the image will hold: its table is sized once rather than grown.</param>
        public ImageWriter(TextWriter text, int version, int expectedStrings = 0)
        {
            _text = text;
            _strings = new StringTable(expectedStrings);
            Int(version);
        }

        public void Int(long value)
        {
            Digits(value);
            _text.Write(ImageSyntax.End);
        }

        public void Int(long? value)
        {
            if (value is long present)
            {
                Int(present);
            }
            else
            {
                _text.Write(ImageSyntax.Null);
            }
        }

        public void Bool(bool value) => _text.Write(value ? ImageSyntax.True : ImageSyntax.False);

        public void Size(Size value) => Int(value.Bytes);

        public void Size(Size? value) => Int(value?.Bytes);

        /// <summary>A decimal in its invariant text, so that no digit is lost.</summary>
        public void Decimal(decimal? value) => String(value?.ToString(CultureInfo.InvariantCulture));

        public void String(string? value)
        {
            if (value == null)
            {
                _text.Write(ImageSyntax.Null);
                return;
            }

            var index = _strings.IndexOfOrAdd(value);
            if (index >= 0)
            {
                _text.Write(ImageSyntax.Repeat);
                Int(index);
                return;
            }

            _text.Write(ImageSyntax.NewString);
            Digits(value.Length);
            _text.Write(ImageSyntax.LengthEnd);
            _text.Write(value);
        }

        /// <summary>
        /// The count, then each item through <paramref name="write"/>, which is handed this writer
        /// so that it can be a static lambda: one that captured the writer was a delegate made on
        /// each call, two for every guest of a fleet (its disks and its nics).
        /// </summary>
        public void List<T>(IReadOnlyList<T> items, Action<ImageWriter, T> write)
        {
            Int(items.Count);
            for (var i = 0; i < items.Count; i++)
            {
                write(this, items[i]);
            }
        }

        /// <summary>
        /// A list of strings, as <see cref="List{T}"/> writes it: without a delegate, since a plan
        /// writes two lists for each of its steps (hundreds of thousands in a fleet).
        /// </summary>
        public void Strings(IReadOnlyList<string> items)
        {
            Int(items.Count);
            for (var i = 0; i < items.Count; i++)
            {
                String(items[i]);
            }
        }

        /// <summary>Null, or the list as <see cref="Strings"/> writes it: what <see cref="Optional{T}"/> writes of a list of strings.</summary>
        public void OptionalStrings(IReadOnlyList<string>? items)
        {
            if (items == null)
            {
                _text.Write(ImageSyntax.Null);
                return;
            }

            _text.Write(ImageSyntax.Present);
            Strings(items);
        }

        /// <summary>Writes null, or the value through <paramref name="write"/> (handed this writer, as <see cref="List{T}"/> does).</summary>
        public void Optional<T>(T? value, Action<ImageWriter, T> write)
            where T : class
        {
            if (value == null)
            {
                _text.Write(ImageSyntax.Null);
                return;
            }

            _text.Write(ImageSyntax.Present);
            write(this, value);
        }

        /// <summary>The number as <see cref="long.ToString(IFormatProvider)"/> writes it in the invariant culture.</summary>
        private void Digits(long value)
        {
            if (value < 0)
            {
                _text.Write(CultureInfo.InvariantCulture.NumberFormat.NegativeSign);
            }

            var magnitude = value < 0 ? (ulong)(-(value + 1)) + 1 : (ulong)value;
            var start = _digits.Length;
            do
            {
                _digits[--start] = (char)('0' + (int)(magnitude % 10));
                magnitude /= 10;
            }
            while (magnitude != 0);

            _text.Write(_digits, start, _digits.Length - start);
        }
    }
}
