using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using TopoLang.Compiler.Model;

namespace TopoLang.Compiler.Semantics;

/// <summary>Every driver domain of the topology by name, with the Xen it runs under; built once, so lookups stay linear overall.</summary>
public sealed class DriverDomainIndex
{
    private readonly Dictionary<string, (HypervisorSite Site, XenDomainModel Domain)> _byName;

    private DriverDomainIndex(Dictionary<string, (HypervisorSite, XenDomainModel)> byName) => _byName = byName;

    public static DriverDomainIndex Build(IEnumerable<HypervisorSite> xens)
    {
        var byName = new Dictionary<string, (HypervisorSite, XenDomainModel)>(System.StringComparer.Ordinal);
        foreach (var site in xens)
        {
            foreach (var domain in site.Hypervisor.DriverDomains)
            {
                // A name declared twice is TOPO1002; the first declaration is the one that counts.
                byName.TryAdd(domain.Name, (site, domain));
            }
        }

        return new DriverDomainIndex(byName);
    }

    public bool TryFind(string name, [NotNullWhen(true)] out HypervisorSite? site, [NotNullWhen(true)] out XenDomainModel? domain)
    {
        if (_byName.TryGetValue(name, out var found))
        {
            (site, domain) = found;
            return true;
        }

        (site, domain) = (null, null);
        return false;
    }
}
