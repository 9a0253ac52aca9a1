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
        private static readonly UTF8Encoding Utf8NoBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

        public static string Pack(string text) => Pack(writer => writer.Write(text));

        /// <summary>
        /// Packs the text <paramref name="write"/> writes, encoded to UTF-8 as it comes rather than
        /// built as a string first. The compressor gets the bytes in one piece, not as they come:
        /// the compressed bytes depend on how the input arrives, and a build writes the same ones
        /// for the same topology whatever version of this method wrote them before.
        /// </summary>
        public static string Pack(Action<TextWriter> write)
        {
            using var bytes = new MemoryStream();
            using (var text = new StreamWriter(bytes, Utf8NoBom, bufferSize: 64 * 1024, leaveOpen: true))
            {
                write(text);
            }

            using var packed = new MemoryStream();
            using (var deflate = new DeflateStream(packed, CompressionLevel.Optimal, leaveOpen: true))
            {
                deflate.Write(bytes.GetBuffer(), 0, (int)bytes.Length);
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
