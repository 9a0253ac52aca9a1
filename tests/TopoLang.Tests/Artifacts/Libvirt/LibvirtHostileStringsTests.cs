using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Xml;
using TopoLang.Compiler.Emit.Targets.Libvirt;

using TopoLang.Tests.Infrastructure;

namespace TopoLang.Tests.Artifacts.Libvirt;

/// <summary>
/// Strings that break naive XML (quotes, `&lt;`, `&amp;`, `]]&gt;`, `--`, newlines, control
/// characters) leave well-formed files that libvirt accepts and that keep the values; a
/// `${kind:key}` in a value is not taken for a placeholder.
/// </summary>
public sealed class LibvirtHostileStringsTests
{
    private static readonly string[] Values =
    {
        "quote\" apostrophe' <tag attr=\"x\"> &amp; & ]]> --> <!-- -",
        "line one\nline two\r\nthree\ttab",
        "${zone:kr-central-1} ${x} $ {",
        "key: value - item # comment ! tag * alias & anchor | > % @ `",
        ";$(rm -rf /)`id`'\"\\ && || > /dev/null",
        "日本語 é 😀 \u2028 \u200B",
        "control \u0001 and \u001F",
        "",
    };

    // The topology's default name is the entry file's base name, as given.
    private const string FileBaseName = "hostile <&'\"> 日本";

    [SkippableFact]
    public void Hostile_strings_stay_well_formed_keep_their_values_and_pass_libvirt()
    {
        var files = LibvirtArtifacts.Write(LibvirtArtifacts.SemanticsOfSource(Topology(), FileBaseName + ".topo"));

        for (var i = 0; i < Values.Length; i++)
        {
            var document = LibvirtArtifacts.Parse(LibvirtArtifacts.File(files, $"hosts/kvm-01/g{i}.xml"));
            var guest = (XmlElement)document.SelectSingleNode("/domain/metadata/topo:guest", LibvirtArtifacts.Namespaces(document))!;
            Assert.Equal(LibvirtXml.Text(Values[i]), guest.GetAttribute("distro"));
            Assert.Equal(FileBaseName, guest.GetAttribute("topology"));
        }

        Assert.Equal("control \uFFFD and \uFFFD", LibvirtXml.Text(Values[6]));
        Assert.Empty(WrittenPlaceholders.Find(files.Select(f => f.Text)));
        var network = LibvirtArtifacts.Parse(LibvirtArtifacts.File(files, "networks/lan.xml"));
        Assert.Equal(FileBaseName, ((XmlElement)network.SelectSingleNode("/network/metadata/topo:network", LibvirtArtifacts.Namespaces(network))!).GetAttribute("topology"));

        LibvirtTools.Require();
        var problems = LibvirtArtifacts.WriteToTemp(files)
            .Select(pair => LibvirtTools.Problems(pair.Value, LibvirtArtifacts.IsNetwork(pair.Key)))
            .OfType<string>()
            .ToList();
        Assert.True(problems.Count == 0, string.Join("\n\n", problems));
    }

    private static string Topology()
    {
        var text = new StringBuilder();
        text.Append("host kvm-01 {\n")
            .Append("  cpu intel { model \"").Append(TopoLiteral.Body(Values[0])).Append("\"; cores 32; features [vmx, ept] }\n")
            .Append("  memory 256 GiB\n")
            .Append("  hypervisor kvm {\n")
            .Append("    emulator qemu \"").Append(TopoLiteral.Body(Values[1])).Append("\"\n");
        for (var i = 0; i < Values.Length; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"    guest g{i} {{ os linux \"{TopoLiteral.Body(Values[i])}\"; vcpus 1; memory 1 GiB; disk root 10 GiB; nic lan {{ ip \"10.0.0.{10 + i}\" }} }}\n");
        }

        return text.Append("  }\n}\nnetwork lan { cidr \"10.0.0.0/24\"; gateway \"10.0.0.1\" }\n").ToString();
    }
}
