using System.IO;
using System.Linq;
using CsCheck;
using TopoLang.Runtime.Image;

namespace TopoLang.Tests.Runtime;

/// <summary>An image's compressed bytes, kept in pieces as they are written, read back whole and in order.</summary>
public sealed class PackedBytesTests
{
    [Fact]
    public void Writes_of_any_sizes_read_back_in_order()
    {
        Gen.Byte.Array[0, 70_000].Array[0, 6].Sample(writes =>
        {
            var packed = new PackedBytes();
            foreach (var write in writes)
            {
                packed.Write(write, 0, write.Length);
            }

            var expected = writes.SelectMany(write => write).ToArray();
            Assert.Equal(expected.Length, packed.Count);
            Assert.Equal(expected, packed.Pieces.SelectMany(piece => piece).ToArray());
        }, iter: 50);
    }

    [Fact]
    public void A_write_from_the_middle_of_a_buffer_keeps_only_its_part()
    {
        var packed = new PackedBytes();

        packed.Write(new byte[] { 1, 2, 3, 4, 5 }, 1, 3);

        Assert.Equal(new byte[] { 2, 3, 4 }, packed.Pieces.SelectMany(piece => piece).ToArray());
    }
}
