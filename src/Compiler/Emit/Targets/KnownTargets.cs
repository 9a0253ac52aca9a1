using System.Collections.Immutable;
using System.Linq;
using TopoLang.Compiler.Emit.Targets.CloudStack;
using TopoLang.Compiler.Emit.Targets.Graph;
using TopoLang.Compiler.Emit.Targets.Heat;
using TopoLang.Compiler.Emit.Targets.Libvirt;
using TopoLang.Compiler.Emit.Targets.Xen;

namespace TopoLang.Compiler.Emit.Targets;

/// <summary>
/// Every target of the compiler, listed in code: the order in which a host's or a cloud's steps
/// are asked for. A host has one hypervisor and a cloud one platform, so at most one target
/// contributes steps to each.
/// </summary>
public static class KnownTargets
{
    public static readonly ImmutableArray<ITarget> All = ImmutableArray.Create<ITarget>(
        new LibvirtTarget(),
        new XenTarget(),
        new HeatTarget(),
        new CloudStackTarget(),
        new GraphTarget());

    public static ITarget Get(TargetKind kind) => All.Single(target => target.Kind == kind);
}
