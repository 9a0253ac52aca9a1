using System.Collections.Generic;
using TopoLang.JsonPeer.Model;

namespace TopoLang.JsonPeer.Checks;

/// <summary>
/// TOPO2001 and TOPO2003 (a KVM host needs its vendor's virtualization and second-level
/// translation flags) and TOPO3003 (HVM and PVH domUs need the virtualization flag).
/// </summary>
public static class CpuFlagCheck
{
    public static void Run(JsonFleet fleet, List<Finding> findings)
    {
        foreach (var host in fleet.Hosts)
        {
            var (virtualization, translation) = Flags(host.Cpu.Vendor);
            var hasVirtualization = Has(host.Cpu, virtualization);
            if (host.Hypervisor.Kind == "kvm")
            {
                if (!hasVirtualization)
                {
                    findings.Add(new Finding("TOPO2001", $"host '{host.Name}' runs KVM without '{virtualization}'"));
                }

                if (!Has(host.Cpu, translation))
                {
                    findings.Add(new Finding("TOPO2003", $"host '{host.Name}' runs KVM without '{translation}'"));
                }
            }
            else if (host.Hypervisor.Kind == "xen" && !hasVirtualization)
            {
                CheckDomUs(host, virtualization, findings);
            }
        }
    }

    private static void CheckDomUs(JsonHost host, string virtualization, List<Finding> findings)
    {
        foreach (var domU in host.Hypervisor.Guests)
        {
            if (domU.Mode is "hvm" or "pvh")
            {
                findings.Add(new Finding("TOPO3003", $"domU '{domU.Name}' on host '{host.Name}' is {domU.Mode} without '{virtualization}'"));
            }
        }
    }

    private static (string Virtualization, string Translation) Flags(string vendor)
        => vendor == "amd" ? ("svm", "npt") : ("vmx", "ept");

    private static bool Has(JsonCpu cpu, string flag)
    {
        foreach (var feature in cpu.Features)
        {
            if (feature == flag)
            {
                return true;
            }
        }

        return false;
    }
}
