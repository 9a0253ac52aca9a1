using System.Linq;
using TopoLang.Compiler;
using TopoLang.Compiler.Emit.Targets;
using TopoLang.Compiler.Emit.Targets.Xen;
using TopoLang.Tests.Infrastructure;

namespace TopoLang.Tests.Artifacts.Xen;

public sealed class XenDeterminismTests
{
    [Fact]
    public void Two_builds_write_the_same_bytes()
    {
        var first = XenArtifacts.Write(TopoCompilation.FromFile(RepositoryTopologies.Datacenter).Semantics);
        var second = XenArtifacts.Write(TopoCompilation.FromFile(RepositoryTopologies.Datacenter).Semantics);

        Assert.NotEmpty(first);
        Assert.Equal(first.Select(f => f.RelativePath), second.Select(f => f.RelativePath));
        Assert.Equal(first.Select(f => f.Text), second.Select(f => f.Text));
        Assert.All(first, file => Assert.EndsWith("\n", file.Text));
    }

    [Fact]
    public void The_Xen_target_is_listed()
    {
        Assert.Contains(KnownTargets.All, target => target is XenTarget);
    }
}
