using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using TopoLang.Compiler.Model;
using TopoLang.Compiler.Semantics;

namespace TopoLang.Compiler.Emit.Targets.Xen;

/// <summary>
/// `hosts/&lt;host&gt;/xen-cmdline.txt`: the Xen boot options that size dom0, exactly one line for
/// GRUB_CMDLINE_XEN (no comment: the operator pastes the file's content as it is). dom0 gets a
/// fixed size (`dom0_mem=X,max:X`) so that it neither balloons past what the topology gave it
/// nor starts with all of the host's memory. The domUs need nothing here: nestedhvm and PV
/// drivers are per-domU settings in their xl.cfg.
/// </summary>
public sealed class XenCommandLineWriter : IArtifactWriter
{
    public IEnumerable<GeneratedFile> Write(TopologySemantics semantics) =>
        XenHosts.Of(semantics.Model)
            .Where(pair => pair.Xen.Dom0 is not null)
            .Select(pair => new GeneratedFile(ArtifactPaths.XenCommandLine(pair.Host.Name.Value), Line(pair.Xen.Dom0!) + "\n"));

    public static string Line(XenDomainModel dom0)
    {
        var options = new List<string>();
        if (dom0.Memory is { } memory)
        {
            var mebibytes = XenMebibytes.RoundUp(memory.Value).ToString(CultureInfo.InvariantCulture);
            options.Add($"dom0_mem={mebibytes}M,max:{mebibytes}M");
        }

        if (dom0.Vcpus is { } vcpus)
        {
            options.Add("dom0_max_vcpus=" + vcpus.Value.ToString(CultureInfo.InvariantCulture));
        }

        return string.Join(" ", options);
    }
}
