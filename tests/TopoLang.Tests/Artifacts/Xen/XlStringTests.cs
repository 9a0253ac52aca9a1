using System.Linq;
using System.Text;
using TopoLang.Compiler.Emit;
using TopoLang.Compiler.Emit.Targets.Xen;

namespace TopoLang.Tests.Artifacts.Xen;

/// <summary>What <see cref="XlString.Quote"/> writes, xl's parser reads back to the same text.</summary>
public sealed class XlStringTests
{
    public static TheoryData<string> Values()
    {
        var data = new TheoryData<string>();
        foreach (var value in XenHostileStringTests.Hostile.Append("\a\b\f\v\r").Append(string.Empty).Append("\\n is not a newline"))
        {
            data.Add(value);
        }

        return data;
    }

    [SkippableTheory]
    [MemberData(nameof(Values))]
    public void Xl_reads_a_quoted_string_back_to_its_value(string value)
    {
        var config = "name = " + XlString.Quote(value) + "\nkernel = \"/boot/vmlinuz\"\n";

        var parsed = XlTool.Parse(new GeneratedFile("quoted.cfg", config));

        Assert.Equal(Expected(value), XlTool.String(parsed.GetProperty("c_info"), "name"));
    }

    [Fact]
    public void A_quoted_string_never_holds_a_raw_control_character()
    {
        var quoted = XlString.Quote("a\nb\u0000c\u007Fd\u001Be\uD800f");

        Assert.Equal("\"a\\nb\uFFFDc\uFFFDd\uFFFDe\uFFFDf\"", quoted);
    }

    /// <summary>Control characters without a letter escape cannot be carried: they become U+FFFD.</summary>
    private static string Expected(string value)
    {
        var builder = new StringBuilder();
        foreach (var rune in value.EnumerateRunes())
        {
            var keeps = !Rune.IsControl(rune) || "\a\b\f\n\r\t\v".Contains((char)rune.Value);
            builder.Append(keeps ? rune.ToString() : "\uFFFD");
        }

        return builder.ToString();
    }
}
