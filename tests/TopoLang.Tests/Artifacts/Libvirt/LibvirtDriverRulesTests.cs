using System.Collections.Generic;
using System.Linq;
using System.Xml;
using TopoLang.Compiler.Emit.Targets.Libvirt;
using TopoLang.Tests.Infrastructure;

namespace TopoLang.Tests.Artifacts.Libvirt;

/// <summary>The files keep the rules of libvirt's real network and QEMU drivers, which the test driver skips.</summary>
public sealed class LibvirtDriverRulesTests
{
    [SkippableTheory]
    [MemberData(nameof(LibvirtArtifacts.LibvirtTopologies), MemberType = typeof(LibvirtArtifacts))]
    public void Every_valid_topology_keeps_the_real_drivers_rules(string relativePath)
    {
        var problems = LibvirtDriverRules.Problems(LibvirtArtifacts.Write(LibvirtArtifacts.SemanticsOf(relativePath)));

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void The_edge_topology_keeps_the_real_drivers_rules()
    {
        var problems = LibvirtDriverRules.Problems(LibvirtArtifacts.Write(LibvirtArtifacts.SemanticsOfSource(EdgeTopology.Source, "edge.topo")));

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>Every custom CPU model is in libvirt's CPU map for its arch (`virsh cpu-models`).</summary>
    [SkippableFact]
    public void Custom_cpu_models_are_in_libvirts_cpu_map()
    {
        LibvirtTools.Require();
        var files = LibvirtArtifacts.Write(LibvirtArtifacts.SemanticsOfSource(EdgeTopology.Source, "edge.topo"));
        var custom = files
            .Select(f => LibvirtArtifacts.Parse(f).DocumentElement!)
            .Where(root => root.SelectSingleNode("cpu[@mode='custom']/model") is not null)
            .Select(root => (Arch: ((XmlElement)root.SelectSingleNode("os/type")!).GetAttribute("arch"), Model: root.SelectSingleNode("cpu/model")!.InnerText))
            .Distinct()
            .ToList();
        Assert.Contains(custom, c => c.Arch == "x86_64");

        foreach (var (arch, model) in custom)
        {
            var known = LibvirtTools.Virsh("cpu-models " + arch);
            Assert.False(LibvirtTools.Failed(known), known.Combined);
            var models = known.Out.Split('\n').Select(line => line.Trim()).ToList();
            Assert.True(models.Contains(model) || models.Contains("all CPU models are accepted"), $"{model} is not among the {arch} models: {known.Out}");
        }
    }

    [SkippableFact]
    public void Every_model_the_writer_can_choose_is_in_libvirts_cpu_map()
    {
        LibvirtTools.Require();
        var x86 = LibvirtTools.Virsh("cpu-models x86_64");
        var aarch64 = LibvirtTools.Virsh("cpu-models aarch64");

        Assert.All(CpuModels.X86Models, model => Assert.Contains(model, x86.Out.Split('\n').Select(line => line.Trim())));
        Assert.True(aarch64.Out.Contains("all CPU models are accepted") || aarch64.Out.Split('\n').Contains(CpuModels.Aarch64Baseline), aarch64.Combined);
    }
}
