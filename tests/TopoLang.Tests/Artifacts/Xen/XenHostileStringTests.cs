using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using TopoLang.Compiler.Emit.Targets.Xen;

namespace TopoLang.Tests.Artifacts.Xen;

/// <summary>
/// Free-form strings (distro, Xen version, the topology's name) only reach the xl.cfg files in
/// comments. Whatever they hold, the files still pass xl's parser, every line is a comment or a
/// setting, and the value is there, quoted as xl would read it (XlStringTests checks that xl
/// reads those quotes back to the value).
/// </summary>
public sealed class XenHostileStringTests
{
    public static readonly string[] Hostile =
    {
        "\"quoted\" 'single'", "a\\b\\\\c", "<tag a=\"1\">&amp;</tag>", "]]>", "line1\nline2\r\n# not a comment",
        "${zone:kr-central-1} ${x}", "key: value", "- item", "# hash", "!tag *alias &anchor", "; $(rm -rf /) `id` 'x'",
        "한국어 日本 😀 é", "tab\there", "nul\u0000del\u007Fesc\u001B[31m", "\u2028\u200B", "name = \"evil\"\ndisk = [ \"x\" ]",
    };

    [SkippableFact]
    public void Hostile_strings_stay_inside_comments_and_the_files_still_parse()
    {
        var semantics = XenArtifacts.Compile(Topology(), "we\"ird ${x}\n# name.topo");
        var files = XenArtifacts.Write(semantics);

        var folder = Directory.CreateTempSubdirectory("topo-xen-hostile-");
        try
        {
            XlTool.AssertAccepted(XenArtifacts.WriteTo(folder, files.Where(f => f.RelativePath.EndsWith(".cfg", System.StringComparison.Ordinal))));
        }
        finally
        {
            folder.Delete(recursive: true);
        }

        for (var i = 0; i < Hostile.Length; i++)
        {
            var text = XenArtifacts.Single(files, $"hosts/xen-01/d{i}.cfg").Text;
            Assert.All(text.Split('\n').SkipLast(1), AssertCommentOrSetting);
            Assert.Contains("\n# os: linux " + XlString.Quote(Hostile[i]) + "\n", text);
            Assert.Contains("(Xen " + XlString.Quote(Hostile[^1]) + "), topology " + XlString.Quote(semantics.Model.Name) + ".", text);
        }

        Assert.Equal("dom0_mem=4096M,max:4096M dom0_max_vcpus=2\n", XenArtifacts.Single(files, "hosts/xen-01/xen-cmdline.txt").Text);
    }

    [SkippableFact]
    public void The_parsed_domain_keeps_its_name_and_devices()
    {
        var files = XenArtifacts.Write(XenArtifacts.Compile(Topology()));

        var parsed = XlTool.Parse(XenArtifacts.Single(files, "hosts/xen-01/d0.cfg"));

        Assert.Equal("d0", XlTool.String(parsed.GetProperty("c_info"), "name"));
        Assert.Equal("/var/lib/xen/images/d0/root.qcow2", XlTool.String(parsed.GetProperty("disks")[0], "pdev_path"));
        Assert.Equal("br-lan", XlTool.String(parsed.GetProperty("nics")[0], "bridge"));
    }

    private static void AssertCommentOrSetting(string line) =>
        Assert.Matches(@"\A(|#.*|[a-z_]+ = .*|    "".*"",|\])\z", line);

    private static string Topology()
    {
        var source = new StringBuilder()
            .AppendLine("network lan { cidr \"10.0.0.0/24\" }")
            .AppendLine("host xen-01 {")
            .AppendLine("  cpu intel { cores 8; features [vmx, ept] }")
            .AppendLine("  memory 256 GiB")
            .AppendLine("  hypervisor xen " + TopoString(Hostile[^1]) + " {")
            .AppendLine("    dom0 { vcpus 2; memory 4 GiB }");
        for (var i = 0; i < Hostile.Length; i++)
        {
            source.AppendLine($"    domu d{i} {{ os linux {TopoString(Hostile[i])}; vcpus 1; memory 1 GiB; disk root 10 GiB; nic lan }}");
        }

        return source.AppendLine("  }").AppendLine("}").ToString();
    }

    /// <summary>A TopoLang string literal holding exactly <paramref name="value"/>.</summary>
    public static string TopoString(string value)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in value)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\t' => "\\t",
                '$' => "\\u{24}",
                _ when char.IsControl(c) => $"\\u{{{(int)c:X}}}",
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }
}
