using System.Collections.Generic;
using System.Linq;
using TopoLang.Tests.Infrastructure;

namespace TopoLang.Tests.Artifacts.Libvirt;

/// <summary>Same input, same bytes: two compilations and two writes give identical files.</summary>
public sealed class LibvirtDeterminismTests
{
    [SkippableTheory]
    [MemberData(nameof(LibvirtArtifacts.LibvirtTopologies), MemberType = typeof(LibvirtArtifacts))]
    public void Two_writes_give_the_same_bytes(string relativePath)
    {
        var first = LibvirtArtifacts.Write(LibvirtArtifacts.SemanticsOf(relativePath));
        var second = LibvirtArtifacts.Write(LibvirtArtifacts.SemanticsOf(relativePath));

        Assert.Equal(first.Select(f => f.RelativePath), second.Select(f => f.RelativePath));
        Assert.Equal(first.Select(f => f.Text), second.Select(f => f.Text));
        Assert.All(first, file => Assert.EndsWith("\n", file.Text));
        Assert.All(first, file => Assert.DoesNotContain("\r", file.Text));
    }
}
