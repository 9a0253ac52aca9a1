using TopoLang.Compiler.Model;

namespace TopoLang.Compiler.Emit.Targets.Libvirt;

/// <summary>
/// The `&lt;cpu&gt;` of a domain: libvirt's mode, the model for `custom`, a feature the guest
/// must have, and why, when it differs from what the topology says. Null mode: no element, so
/// QEMU's default CPU applies.
/// </summary>
internal sealed record CpuChoice(string? Mode, string? Model = null, string? RequiredFeature = null, string? Note = null)
{
    public static CpuChoice For(GuestPlacement placement) =>
        placement.IsAccelerated ? ForKvm(placement) : ForTcg(placement);

    // The choices that depend on nothing but the mode are made once, not for each of a fleet's domains.
    private static readonly CpuChoice HostPassthrough = new("host-passthrough");
    private static readonly CpuChoice HostModel = new("host-model");
    private static readonly CpuChoice NestedDefault = new(
        "host-passthrough", Note: "cpu_mode not written: host-passthrough, since this guest runs a hypervisor and needs the host's virtualization extensions");
    private static readonly CpuChoice KvmDefault = new("host-model", Note: "cpu_mode not written: host-model, the host's CPU as far as it can migrate");

    private static CpuChoice ForKvm(GuestPlacement placement) => placement.Guest.CpuMode?.Value switch
    {
        CpuMode.HostPassthrough => HostPassthrough,
        CpuMode.HostModel => HostModel,
        CpuMode.Custom => Custom(placement),
        _ when placement.Guest.NestedHypervisor is not null => NestedDefault,
        _ => KvmDefault,
    };

    private static CpuChoice ForTcg(GuestPlacement placement) => placement.Guest.CpuMode?.Value switch
    {
        CpuMode.HostPassthrough => new("maximum", Note: "QEMU TCG has no host CPU to pass through: mode 'maximum' is its equivalent, every feature TCG emulates"),
        CpuMode.HostModel => HostModel,
        CpuMode.Custom => new("custom", CpuModels.Emulated(placement.Arch)),
        _ => new(Mode: null),
    };

    private static CpuChoice Custom(GuestPlacement placement)
    {
        if (placement.Arch == Architecture.Aarch64)
        {
            return new("host-passthrough", Note: "cpu_mode custom: KVM on aarch64 runs a guest on the host's own CPU model only, so host-passthrough");
        }

        var feature = placement.Guest.NestedHypervisor is null ? null : CpuModels.VirtualizationFlag(placement.Host);
        return new("custom", CpuModels.ForHost(placement.Host), feature);
    }
}
