using System;
using System.Linq;
using CsCheck;
using TopoLang.Compiler.Emit;
using TopoLang.Compiler.Emit.Targets.Xen;

namespace TopoLang.Tests.Artifacts.Xen;

/// <summary>
/// An xl.cfg comment or list item written in parts, straight into the file, is the
/// one its whole string would give.
/// </summary>
public sealed class XlConfigTextTests
{
    // Letters, the characters a comment or a quoted string treats apart, and text beyond ASCII.
    private static readonly Gen<string> AnyText = Gen.String[Gen.OneOf(Gen.Char['a', 'e'], Gen.Const('\n'), Gen.Const('\r'), Gen.Const('"'), Gen.Const('\\'), Gen.Const('\t'), Gen.Const('\u0001'), Gen.Char['\u00e0', '\u00e3']), 0, 12];

    [Fact]
    public void A_comment_in_parts_is_the_comment_of_the_whole_text()
    {
        Gen.Select(AnyText, AnyText, Gen.Int[0, 1000]).Sample((first, second, number) =>
        {
            var written = Text(text => text.Comment($"{first}:{number}\n{second}"));

            Assert.Equal(CommentLines(first + ":" + number + "\n" + second), written);
        });
    }

    [Fact]
    public void A_quoted_value_in_a_comment_is_written_as_xl_quotes_it()
    {
        var written = Text(text => text.Comment($"os: linux {new XlQuoted("deb\"ian\n12")}{new XlQuoted(null)}."));

        Assert.Equal("# os: linux \"deb\\\"ian\\n12\".\n", written);
    }

    [Fact]
    public void An_empty_comment_line_is_a_hash_alone()
    {
        var written = Text(text => text.Comment($"a\n{string.Empty}\n\rb"));

        Assert.Equal("# a\n#\n#  b\n", written);
    }

    [Fact]
    public void A_list_item_in_parts_is_its_whole_text_quoted()
    {
        Gen.Select(AnyText, AnyText, Gen.Int[0, 1000]).Sample((first, second, number) =>
        {
            var written = Text(text => text.BeginList("disk", 1).BeginItem().ItemText(first).ItemText("=").ItemNumber(number).ItemText(", ").ItemText(second).EndItem().EndList());

            Assert.Equal("disk = [ " + XlString.Quote(first + "=" + number + ", " + second) + " ]\n", written);
        });
    }

    [Fact]
    public void A_list_of_one_item_is_on_one_line_and_a_longer_one_has_an_item_a_line()
    {
        var one = Text(text => text.BeginList("vif", 1).BeginItem().ItemText("bridge=").ItemText("br0").EndItem().EndList());
        var two = Text(text => text.BeginList("vif", 2).BeginItem().ItemText("bridge=").ItemText("br0").EndItem().BeginItem().ItemText("bridge=br1, ip=").ItemNumber(7).EndItem().EndList());

        Assert.Equal("vif = [ \"bridge=br0\" ]\n", one);
        Assert.Equal("vif = [\n    \"bridge=br0\",\n    \"bridge=br1, ip=7\",\n]\n", two);
    }

    private static string Text(Action<XlConfigText> write) => Utf8Builder.TextOf(builder => write(new XlConfigText(builder)));

    /// <summary>A comment as xl.cfg files have always had it: a `#` line per line of the text, a carriage return a space.</summary>
    private static string CommentLines(string text) =>
        string.Concat(text.Split('\n').Select(line => line.Length == 0 ? "#\n" : "# " + line.Replace('\r', ' ') + "\n"));
}
