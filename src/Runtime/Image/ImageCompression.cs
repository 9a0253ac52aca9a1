using System;
using System.Globalization;
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
        /// Packs the text <paramref name="write"/> writes, encoded to UTF-8 and compressed as it
        /// comes: the text of a 100,000-guest image is 57 MB, and was once held whole (in a buffer
        /// doubling its way up to it) before it was compressed. The compressor gets it in the
        /// writer's pieces of 64 K characters, always the same pieces for the same text, so the same
        /// topology still gives the same bytes; an image under 64 K characters goes in one piece.
        /// </summary>
        public static string Pack(Action<TextWriter> write)
        {
            var characters = new StringWriter(CultureInfo.InvariantCulture);
            Pack(characters, write);
            return characters.ToString();
        }

        /// <summary>
        /// Packs as <see cref="Pack(Action{TextWriter})"/> does, writing the characters to
        /// <paramref name="characters"/> rather than making a string of them: the compiler writes
        /// a fleet's image of nine million characters straight into the generated file. The
        /// compressed bytes are held until the compressor is done, in pieces (<see cref="PackedBytes"/>),
        /// since the first characters hold their count.
        /// </summary>
        public static void Pack(TextWriter characters, Action<TextWriter> write)
        {
            var packed = new PackedBytes();
            using (var deflate = new DeflateStream(packed, CompressionLevel.Optimal, leaveOpen: true))
            {
                using (var text = new StreamWriter(new WithoutFlush(deflate), Utf8NoBom, bufferSize: 64 * 1024))
                {
                    write(text);
                }
            }

            ImageCharacters.Encode(characters, packed.Count, packed.Pieces);
        }

        /// <summary>
        /// Passes writes on and ignores flushes: the writer flushes its stream when it is closed,
        /// and a flush of Deflate ends a block with a marker (a sync flush) that compressing the
        /// text in one piece never wrote. Deflate itself is finished when it is disposed.
        /// </summary>
        private sealed class WithoutFlush : Stream
        {
            private readonly Stream _inner;

            public WithoutFlush(Stream inner) => _inner = inner;

            public override bool CanRead => false;

            public override bool CanSeek => false;

            public override bool CanWrite => true;

            public override long Length => throw new NotSupportedException();

            public override long Position
            {
                get => throw new NotSupportedException();
                set => throw new NotSupportedException();
            }

            public override void Flush()
            {
            }

            public override void Write(byte[] buffer, int offset, int count) => _inner.Write(buffer, offset, count);

            public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

            public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

            public override void SetLength(long value) => throw new NotSupportedException();
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
