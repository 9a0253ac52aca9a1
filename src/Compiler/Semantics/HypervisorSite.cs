using System.Collections.Generic;
using TopoLang.Compiler.Model;

namespace TopoLang.Compiler.Semantics;

/// <summary>
/// A hypervisor and the machine it runs on: a physical host, or a guest that runs it (nested,
/// <see cref="Guest"/> set). <see cref="Arch"/> is that machine's architecture: the host's, or
/// the guest's own where written, else that of the machine under it. <see cref="ArchInError"/>:
/// the host's `arch` is in error (already reported), so <see cref="Arch"/> is only a stand-in.
/// </summary>
public sealed record HypervisorSite(HypervisorModel Hypervisor, HostModel Host, GuestModel? Guest, Architecture Arch, bool ArchInError)
{
    /// <summary>Only hypervisors on hosts touch real CPU flags; nested ones see a virtual CPU (§4).</summary>
    public bool IsHost => Guest is null;

    /// <summary>Where the hypervisor runs, for messages: "host 'kvm-01'" or "guest 'lab-hv' on host 'kvm-01'".</summary>
    public string Describe() =>
        Guest is null ? $"host '{Host.Name.Value}'" : $"{GuestText.Describe(Guest)} on host '{Host.Name.Value}'";

    /// <summary>
    /// Every hypervisor of the topology, hosts' and nested ones at any depth. An explicit stack,
    /// not recursion: nesting is only bounded by the parser's depth limit.
    /// </summary>
    public static IEnumerable<HypervisorSite> All(TopologyModel model)
    {
        var pending = new Stack<HypervisorSite>();
        foreach (var host in model.Hosts)
        {
            if (host.Hypervisor is { } hypervisor)
            {
                pending.Push(new HypervisorSite(hypervisor, host, null, host.Arch.Value, host.Arch.InError));
            }
        }

        while (pending.TryPop(out var site))
        {
            yield return site;
            foreach (var guest in site.Hypervisor.Guests)
            {
                if (guest.NestedHypervisor is { } nested)
                {
                    pending.Push(new HypervisorSite(nested, site.Host, guest, guest.Arch?.Value ?? site.Arch, guest.Arch is null && site.ArchInError));
                }
            }
        }
    }
}
