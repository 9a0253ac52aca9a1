using System;
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
            var text = new StringBuilder(2 + ((count * 8) + BitsPerCharacter - 1) / BitsPerCharacter);
            text.Append((char)(First + (count & Mask))).Append((char)(First + ((count >> BitsPerCharacter) & Mask)));
            if (count >> (2 * BitsPerCharacter) != 0)
            {
                throw new ArgumentOutOfRangeException(nameof(count), "A topology image holds at most 256 MB.");
            }

            var buffer = 0;
            var bits = 0;
            for (var i = 0; i < count; i++)
            {
                buffer = ((buffer << 8) | bytes[i]) & 0x3FFFFF;
                bits += 8;
                if (bits >= BitsPerCharacter)
                {
                    bits -= BitsPerCharacter;
                    text.Append((char)(First + ((buffer >> bits) & Mask)));
                }
            }

            if (bits > 0)
            {
                text.Append((char)(First + ((buffer << (BitsPerCharacter - bits)) & Mask)));
            }

            return text.ToString();
        }

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

        private static FormatException Damaged() =>
            new FormatException("The topology image is damaged: it holds characters that are not part of an image, or too few. Build the topology again to regenerate it.");
    }
}
