using System;
using System.Collections.Generic;
using System.IO;

namespace TopoLang.Runtime.Image
{
    /// <summary>
    /// The compressed bytes of an image, kept in pieces as the compressor writes them, for
    /// <see cref="ImageCharacters"/> to read in order. The bytes must be held whole before they
    /// become characters (the first two characters hold their count): a fleet's are 16 MB, which
    /// a <see cref="MemoryStream"/> doubled its way up to, allocating about twice that and copying
    /// at each step. A piece is never copied; a new one is made when the last is full.
    /// </summary>
    internal sealed class PackedBytes : Stream
    {
        // Pieces start small, for the image of a small topology, and grow to a size the runtime
        // keeps off the large object heap.
        private const int FirstPieceSize = 1024;
        private const int LargestPieceSize = 64 * 1024;

        private readonly List<byte[]> _pieces = new List<byte[]>();
        private int _lastPieceFilled;
        private int _count;

        /// <summary>How many bytes were written.</summary>
        public int Count => _count;

        /// <summary>The bytes written, in order, piece by piece.</summary>
        public IEnumerable<ArraySegment<byte>> Pieces
        {
            get
            {
                for (var i = 0; i < _pieces.Count; i++)
                {
                    var filled = i == _pieces.Count - 1 ? _lastPieceFilled : _pieces[i].Length;
                    yield return new ArraySegment<byte>(_pieces[i], 0, filled);
                }
            }
        }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _count;

        public override long Position
        {
            get => _count;
            set => throw new NotSupportedException();
        }

        public override void Write(byte[] buffer, int offset, int count)
        {
            while (count > 0)
            {
                if (_pieces.Count == 0 || _lastPieceFilled == _pieces[_pieces.Count - 1].Length)
                {
                    _pieces.Add(new byte[_pieces.Count == 0 ? FirstPieceSize : Math.Min(2 * _pieces[_pieces.Count - 1].Length, LargestPieceSize)]);
                    _lastPieceFilled = 0;
                }

                var piece = _pieces[_pieces.Count - 1];
                var taken = Math.Min(count, piece.Length - _lastPieceFilled);
                Buffer.BlockCopy(buffer, offset, piece, _lastPieceFilled, taken);
                _lastPieceFilled += taken;
                _count = checked(_count + taken);
                offset += taken;
                count -= taken;
            }
        }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
