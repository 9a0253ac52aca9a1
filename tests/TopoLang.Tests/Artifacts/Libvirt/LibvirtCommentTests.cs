using System.Text;
using CsCheck;
using TopoLang.Compiler.Emit.Targets.Libvirt;

namespace TopoLang.Tests.Artifacts.Libvirt;

/// <summary>
/// A libvirt comment made from interpolated parts, or kept for a constant text, is the comment
/// its whole text gives: the same characters made safe, the same `--` broken.
/// </summary>
public sealed class LibvirtCommentTests
{
    // Letters, the dashes a comment treats apart, characters XML cannot hold, halves of pairs.
    private static readonly Gen<string> AnyText = Gen.String[Gen.OneOf(Gen.Char['a', 'd'], Gen.Const('-'), Gen.Const(' '), Gen.Const('\u0001'), Gen.Const('\uFFFE'), Gen.Char['\uD800', '\uD801'], Gen.Char['\uDC00', '\uDC01'], Gen.Char['\u00e0', '\u00e2']), 0, 10];

    [Fact]
    public void A_comment_in_parts_is_the_comment_of_its_whole_text()
    {
        Gen.Select(AnyText, AnyText, Gen.Long[-5, 100_000]).Sample((first, second, number) =>
        {
            var inParts = Document(writer => LibvirtXml.Comment(writer, $"{first} {number}:{second}"));

            Assert.Equal(Document(writer => LibvirtXml.Comment(writer, first + " " + number + ":" + second)), inParts);
        });
    }

    [Fact]
    public void A_fixed_comment_is_the_comment_of_its_text_each_time()
    {
        const string Note = "cpu_mode not written -- twice-";

        var once = Document(writer => LibvirtXml.FixedComment(writer, Note));
        var again = Document(writer => LibvirtXml.FixedComment(writer, Note));

        Assert.Equal(Document(writer => LibvirtXml.Comment(writer, Note)), once);
        Assert.Equal(once, again);
    }

    [Fact]
    public void A_document_begun_by_a_comment_written_as_it_is_is_the_one_the_xml_writer_writes()
    {
        Gen.Select(AnyText, Gen.Int[1, 3]).Sample((name, documents) =>
        {
            // The first document on a thread and those after it: the writer begins only the latter with a line break.
            for (var i = 0; i < documents; i++)
            {
                var output = new System.Buffers.ArrayBufferWriter<byte>();
                LibvirtDocuments.OfThisThread.Write(name, $"Guest {name} here", (writer, guest) => writer.WriteElementString("name", LibvirtXml.Text(guest)), output);

                var throughTheWriter = LibvirtDocuments.OfThisThread.Write(name, (writer, guest) =>
                {
                    LibvirtXml.Comment(writer, "Guest " + guest + " here");
                    writer.WriteElementString("name", LibvirtXml.Text(guest));
                });

                Assert.Equal(Encoding.UTF8.GetString(throughTheWriter), Encoding.UTF8.GetString(output.WrittenSpan));
            }
        });
    }

    private static string Document(System.Action<System.Xml.XmlWriter> write) =>
        Encoding.UTF8.GetString(LibvirtDocuments.OfThisThread.Write(write, (writer, body) =>
        {
            writer.WriteStartElement("domain");
            body(writer);
            writer.WriteEndElement();
        }));
}
