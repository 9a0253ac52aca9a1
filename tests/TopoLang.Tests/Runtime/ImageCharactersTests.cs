using System;
using System.IO;
using System.Linq;
using CsCheck;
using TopoLang.Runtime.Image;

namespace TopoLang.Tests.Runtime;

/// <summary>An image's bytes are written 14 bits to a CJK character and read back exactly.</summary>
public sealed class ImageCharactersTests
{
    [Fact]
    public void Any_bytes_read_back_as_written()
    {
        Gen.Byte.Array[0, 300].Sample(bytes =>
            Assert.Equal(bytes, ImageCharacters.Decode(ImageCharacters.Encode(bytes, bytes.Length))));
    }

    [Fact]
    public void Every_character_is_a_printable_ideograph_no_string_literal_escapes()
    {
        var bytes = Enumerable.Range(0, 4096).Select(i => (byte)(i * 37)).ToArray();

        var text = ImageCharacters.Encode(bytes, bytes.Length);

        Assert.All(text, c => Assert.InRange(c, '\u4E00', '\u8DFF'));
    }

    [Fact]
    public void Fourteen_bits_go_into_each_character()
    {
        var bytes = new byte[7000];

        Assert.Equal(2 + 4000, ImageCharacters.Encode(bytes, bytes.Length).Length);
    }

    [Fact]
    public void A_character_outside_the_alphabet_is_refused()
    {
        var text = ImageCharacters.Encode(new byte[] { 1, 2, 3 }, 3);

        Assert.Throws<FormatException>(() => ImageCharacters.Decode(text.Substring(0, 3) + "A"));
    }

    [Fact]
    public void Text_shorter_than_its_byte_count_is_refused()
    {
        var text = ImageCharacters.Encode(new byte[100], 100);

        Assert.Throws<FormatException>(() => ImageCharacters.Decode(text.Substring(0, text.Length - 3)));
    }

    [Fact]
    public void Bytes_given_in_pieces_are_written_as_the_same_bytes_given_whole()
    {
        Gen.Select(Gen.Byte.Array[0, 300], Gen.Int[1, 40]).Sample((bytes, pieceSize) =>
        {
            var pieces = bytes.Chunk(pieceSize).Select(piece => new ArraySegment<byte>(piece)).ToList();
            var text = new StringWriter();

            ImageCharacters.Encode(text, bytes.Length, pieces);

            Assert.Equal(ImageCharacters.Encode(bytes, bytes.Length), text.ToString());
        });
    }

    [Fact]
    public void Pieces_that_hold_fewer_bytes_than_the_count_are_refused()
    {
        var pieces = new[] { new ArraySegment<byte>(new byte[10]) };

        Assert.Throws<ArgumentException>(() => ImageCharacters.Encode(new StringWriter(), 11, pieces));
    }
}
