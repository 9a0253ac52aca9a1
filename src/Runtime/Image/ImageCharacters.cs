using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;

namespace TopoLang.Runtime.Image
{
    /// <summary>
    /// Writes bytes as text 14 bits to a character, each character one of the 16,384 CJK ideographs
    /// from U+4E00: printable, no surrogate, nothing a C# string literal must escape. A .NET assembly
    /// keeps its string literals as UTF-16 in one heap of at most 16 MB, where Base64 would spend 16
    /// bits on every 6 of data; this spends 16 on 14, so the image of a 100,000-guest topology fits
    /// with room to spare. The first two characters hold the byte count.
    /// </summary>
    internal static class ImageCharacters
    {
        private const int First = 0x4E00;
        private const int BitsPerCharacter = 14;
        private const int Mask = (1 << BitsPerCharacter) - 1;

        public static string Encode(byte[] bytes, int count)
        {
            var text = new StringWriter(new StringBuilder(CharacterCount(count)), CultureInfo.InvariantCulture);
            Encode(text, count, new[] { new ArraySegment<byte>(bytes, 0, count) });
            return text.ToString();
        }

        /// <summary>
        /// Writes the characters of <paramref name="count"/> bytes, given in pieces, to
        /// <paramref name="text"/> a buffer at a time: the compiler writes a fleet's nine million
        /// characters straight into the generated file, never as one string.
        /// </summary>
        public static void Encode(TextWriter text, int count, IEnumerable<ArraySegment<byte>> pieces)
        {
            if (count >> (2 * BitsPerCharacter) != 0)
            {
                throw new ArgumentOutOfRangeException(nameof(count), "A topology image holds at most 256 MB.");
            }

            var characters = new CharacterBuffer(text, CharacterCount(count));
            characters.Add(count & Mask);
            characters.Add((count >> BitsPerCharacter) & Mask);
            var buffer = 0;
            var bits = 0;
            var encoded = 0;
            foreach (var piece in pieces)
            {
                var bytes = piece.Array!;
                var end = piece.Offset + Math.Min(piece.Count, count - encoded);
                for (var i = piece.Offset; i < end; i++)
                {
                    buffer = ((buffer << 8) | bytes[i]) & 0x3FFFFF;
                    bits += 8;
                    if (bits >= BitsPerCharacter)
                    {
                        bits -= BitsPerCharacter;
                        characters.Add((buffer >> bits) & Mask);
                    }
                }

                encoded += end - piece.Offset;
            }

            if (encoded != count)
            {
                throw new ArgumentException($"The pieces hold {encoded} bytes, not {count}.", nameof(pieces));
            }

            if (bits > 0)
            {
                characters.Add((buffer << (BitsPerCharacter - bits)) & Mask);
            }

            characters.Flush();
        }

        /// <summary>How many characters the image of <paramref name="count"/> bytes has: two for the count, then 14 bits to each.</summary>
        private static int CharacterCount(int count) => 2 + (int)(((count * 8L) + BitsPerCharacter - 1) / BitsPerCharacter);

        /// <exception cref="FormatException">A character is outside the alphabet, or the text is too short for its byte count.</exception>
        public static byte[] Decode(string text)
        {
            if (text.Length < 2)
            {
                throw Damaged();
            }

            var count = Value(text[0]) | (Value(text[1]) << BitsPerCharacter);
            var bytes = new byte[count];
            var buffer = 0;
            var bits = 0;
            var written = 0;
            for (var i = 2; i < text.Length && written < count; i++)
            {
                buffer = ((buffer << BitsPerCharacter) | Value(text[i])) & 0x3FFFFF;
                bits += BitsPerCharacter;
                while (bits >= 8 && written < count)
                {
                    bits -= 8;
                    bytes[written++] = (byte)(buffer >> bits);
                }
            }

            return written == count ? bytes : throw Damaged();
        }

        private static int Value(char c)
        {
            var value = c - First;
            return value >= 0 && value <= Mask ? value : throw Damaged();
        }

        /// <summary>Collects characters and writes them to the text a few thousand at a time: a write per character would cost a call each.</summary>
        private struct CharacterBuffer
        {
            private readonly TextWriter _text;
            private readonly char[] _characters;
            private int _filled;

            public CharacterBuffer(TextWriter text, int total)
            {
                _text = text;
                _characters = new char[Math.Min(total, 4096)];
                _filled = 0;
            }

            /// <summary>Adds the character of a 14-bit value.</summary>
            public void Add(int value)
            {
                if (_filled == _characters.Length)
                {
                    Flush();
                }

                _characters[_filled++] = (char)(First + value);
            }

            public void Flush()
            {
                _text.Write(_characters, 0, _filled);
                _filled = 0;
            }
        }

        private static FormatException Damaged() =>
            new FormatException("The topology image is damaged: it holds characters that are not part of an image, or too few. Build the topology again to regenerate it.");
    }
}
