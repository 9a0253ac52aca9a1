using System;
using System.Collections.Generic;
using System.Globalization;

namespace TopoLang.Runtime.Image
{
    /// <summary>Reads back what <see cref="ImageWriter"/> wrote, failing with the offset on any text it did not write.</summary>
    internal sealed class ImageReader
    {
        private readonly string _text;
        private readonly List<string> _strings = new List<string>();
        private int _position;

        public ImageReader(string text) => _text = text;

        public bool AtEnd => _position == _text.Length;

        public int Int32() => checked((int)Int64());

        public long Int64()
        {
            var end = _text.IndexOf(ImageSyntax.End, _position);
            if (end < 0 || !long.TryParse(_text.Substring(_position, end - _position), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            {
                throw Corrupt("an integer");
            }

            _position = end + 1;
            return value;
        }

        public int? OptionalInt32() => TakeNull() ? (int?)null : Int32();

        public bool Bool()
        {
            var mark = Next("a boolean");
            if (mark != ImageSyntax.True && mark != ImageSyntax.False)
            {
                throw Corrupt("a boolean", _position - 1);
            }

            return mark == ImageSyntax.True;
        }

        public Size Size() => new Size(Int64());

        public Size? OptionalSize() => TakeNull() ? (Size?)null : Size();

        public decimal? OptionalDecimal()
        {
            var text = OptionalString();
            if (text == null)
            {
                return null;
            }

            return decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
                ? value
                : throw Corrupt("a decimal");
        }

        public decimal Decimal() => OptionalDecimal() ?? throw Corrupt("a decimal");

        public string String() => OptionalString() ?? throw Corrupt("a string");

        public string? OptionalString()
        {
            if (TakeNull())
            {
                return null;
            }

            var mark = Next("a string");
            if (mark == ImageSyntax.Repeat)
            {
                var index = Int32();
                return index >= 0 && index < _strings.Count ? _strings[index] : throw Corrupt("a string seen before");
            }

            if (mark != ImageSyntax.NewString)
            {
                throw Corrupt("a string", _position - 1);
            }

            var colon = _text.IndexOf(ImageSyntax.LengthEnd, _position);
            if (colon < 0 || !int.TryParse(_text.Substring(_position, colon - _position), NumberStyles.None, CultureInfo.InvariantCulture, out var length) || length > _text.Length - colon - 1)
            {
                throw Corrupt("a string's length");
            }

            var value = _text.Substring(colon + 1, length);
            _position = colon + 1 + length;
            _strings.Add(value);
            return value;
        }

        public T[] List<T>(Func<T> read)
        {
            var count = Int32();
            if (count < 0 || count > _text.Length - _position)
            {
                throw Corrupt("a count");
            }

            var items = new T[count];
            for (var i = 0; i < count; i++)
            {
                items[i] = read();
            }

            return items;
        }

        public T? Optional<T>(Func<T> read)
            where T : class
        {
            if (TakeNull())
            {
                return null;
            }

            if (Next("a value") != ImageSyntax.Present)
            {
                throw Corrupt("a value", _position - 1);
            }

            return read();
        }

        public FormatException Corrupt(string expected) => Corrupt(expected, _position);

        private FormatException Corrupt(string expected, int offset) =>
            new FormatException($"The topology image is damaged: {expected} was expected at offset {offset}. Build the topology again to regenerate it.");

        private bool TakeNull()
        {
            if (_position < _text.Length && _text[_position] == ImageSyntax.Null)
            {
                _position++;
                return true;
            }

            return false;
        }

        private char Next(string expected) => _position < _text.Length ? _text[_position++] : throw Corrupt(expected);
    }
}
