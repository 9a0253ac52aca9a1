using System;
using System.IO;
using System.IO.Compression;
using System.Text;

namespace TopoLang.Runtime.Image
{
    /// <summary>
    /// Packs an image's text as its Deflate-compressed UTF-8 bytes, 14 bits to a character
    /// (<see cref="ImageCharacters"/>). A .NET assembly keeps all its string literals in one heap of
    /// at most 16 MB; the text of a 100,000-guest topology and its plan is several times that,
    /// compressed it is about a tenth.
    /// </summary>
    internal static class ImageCompression
    {
        public static string Pack(string text)
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            using var packed = new MemoryStream();
            using (var deflate = new DeflateStream(packed, CompressionLevel.Optimal, leaveOpen: true))
            {
                deflate.Write(bytes, 0, bytes.Length);
            }

            return ImageCharacters.Encode(packed.GetBuffer(), (int)packed.Length);
        }

        /// <exception cref="FormatException">The text is not a packed image.</exception>
        public static string Unpack(string packed)
        {
            try
            {
                using var deflate = new DeflateStream(new MemoryStream(ImageCharacters.Decode(packed)), CompressionMode.Decompress);
                using var reader = new StreamReader(deflate, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true));
                return reader.ReadToEnd();
            }
            catch (InvalidDataException exception)
            {
                throw new FormatException("The topology image is damaged: its compressed data cannot be read. Build the topology again to regenerate it.", exception);
            }
            catch (DecoderFallbackException exception)
            {
                throw new FormatException("The topology image is damaged: its text is not UTF-8. Build the topology again to regenerate it.", exception);
            }
        }
    }
}
