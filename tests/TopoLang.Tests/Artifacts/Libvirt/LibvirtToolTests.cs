using System.Collections.Generic;
using System.Linq;
using TopoLang.Tests.Infrastructure;

namespace TopoLang.Tests.Artifacts.Libvirt;

/// <summary>libvirt's schema and parser accept every domain and network XML of every valid topology.</summary>
public sealed class LibvirtToolTests
{
    [SkippableTheory]
    [MemberData(nameof(LibvirtArtifacts.LibvirtTopologies), MemberType = typeof(LibvirtArtifacts))]
    public void Libvirt_accepts_every_file(string relativePath)
    {
        LibvirtTools.Require();
        var files = LibvirtArtifacts.Write(LibvirtArtifacts.SemanticsOf(relativePath));

        var problems = LibvirtArtifacts.WriteToTemp(files)
            .Select(pair => LibvirtTools.Problems(pair.Value, LibvirtArtifacts.IsNetwork(pair.Key)))
            .OfType<string>()
            .ToList();

        Assert.True(problems.Count == 0, string.Join("\n\n", problems));
    }
}
