using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace TopoLang.Runtime.Image
{
    /// <summary>
    /// Writes the primitive values of a <see cref="TopologyImage"/> as text: integers as
    /// <c>123;</c>, booleans as <c>T</c>/<c>F</c>, null as <c>~</c>, a string the first time as
    /// <c>'LENGTH:TEXT</c> and every later time as <c>#INDEX;</c>. Plans repeat their step ids,
    /// kinds and paths many times over, so strings are written once; the text is what a generated
    /// C# string literal holds, which the C# compiler reads far faster than constructor calls.
    /// </summary>
    internal sealed class ImageWriter
    {
        private readonly StringBuilder _text = new StringBuilder();
        private readonly Dictionary<string, int> _strings = new Dictionary<string, int>(StringComparer.Ordinal);

        public ImageWriter(int version) => Int(version);

        public void Int(long value) => _text.Append(value.ToString(CultureInfo.InvariantCulture)).Append(ImageSyntax.End);

        public void Int(long? value)
        {
            if (value is long present)
            {
                Int(present);
            }
            else
            {
                _text.Append(ImageSyntax.Null);
            }
        }

        public void Bool(bool value) => _text.Append(value ? ImageSyntax.True : ImageSyntax.False);

        public void Size(Size value) => Int(value.Bytes);

        public void Size(Size? value) => Int(value?.Bytes);

        /// <summary>A decimal in its invariant text, so that no digit is lost.</summary>
        public void Decimal(decimal? value) => String(value?.ToString(CultureInfo.InvariantCulture));

        public void String(string? value)
        {
            if (value == null)
            {
                _text.Append(ImageSyntax.Null);
                return;
            }

            if (_strings.TryGetValue(value, out var index))
            {
                _text.Append(ImageSyntax.Repeat);
                Int(index);
                return;
            }

            _strings.Add(value, _strings.Count);
            _text.Append(ImageSyntax.NewString).Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(ImageSyntax.LengthEnd).Append(value);
        }

        public void List<T>(IReadOnlyList<T> items, Action<T> write)
        {
            Int(items.Count);
            foreach (var item in items)
            {
                write(item);
            }
        }

        /// <summary>Writes null, or the value through <paramref name="write"/>.</summary>
        public void Optional<T>(T? value, Action<T> write)
            where T : class
        {
            if (value == null)
            {
                _text.Append(ImageSyntax.Null);
                return;
            }

            _text.Append(ImageSyntax.Present);
            write(value);
        }

        public override string ToString() => _text.ToString();
    }
}
