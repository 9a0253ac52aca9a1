using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using TopoLang.Tests.Infrastructure;

namespace TopoLang.Tests.Artifacts.Xen;

/// <summary>Every valid topology's Xen files are accepted by their consumers.</summary>
public sealed class XenValidatorTests
{
    [SkippableTheory]
    [MemberData(nameof(XenArtifacts.DomUTopologies), MemberType = typeof(XenArtifacts))]
    public void Every_xl_cfg_passes_xl_s_own_parser(string topology)
    {
        var compilation = RepositoryTopologies.Compile(topology);
        var files = XenArtifacts.Write(compilation.Semantics).Where(f => f.RelativePath.EndsWith(".cfg", System.StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(files);

        var folder = Directory.CreateTempSubdirectory("topo-xen-");
        try
        {
            XlTool.AssertAccepted(XenArtifacts.WriteTo(folder, files));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>
    /// No tool reads the command line short of booting Xen: its form is checked instead. One line,
    /// nothing but the options Xen's parser knows, so that it can be pasted into GRUB_CMDLINE_XEN.
    /// </summary>
    [Theory]
    [MemberData(nameof(XenArtifacts.XenTopologies), MemberType = typeof(XenArtifacts))]
    public void Every_xen_command_line_is_one_line_of_dom0_options(string topology)
    {
        var compilation = RepositoryTopologies.Compile(topology);
        var files = XenArtifacts.Write(compilation.Semantics).Where(f => f.RelativePath.EndsWith("xen-cmdline.txt", System.StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            Assert.Matches(new Regex(@"\Adom0_mem=([1-9][0-9]*)M,max:\1M dom0_max_vcpus=[1-9][0-9]*\n\z"), file.Text);
        }
    }
}
