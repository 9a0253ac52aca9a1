using TopoLang.Compiler.Model;

namespace TopoLang.Compiler.Emit.Targets.Xen;

/// <summary>A domU placed directly on a Xen host, with what its xl.cfg needs to know around it.</summary>
public sealed record XenDomUContext(TopologyModel Topology, HostModel Host, HypervisorModel Hypervisor, GuestModel DomU)
{
    public string Name => DomU.Name.Value;

    /// <summary>`mode` defaults to pv (docs/reference.md).</summary>
    public DomUMode Mode => DomU.Mode?.Value ?? DomUMode.Pv;

    public OsFamily? Os => DomU.Os?.Value;

    /// <summary>
    /// The driver domain named by `backend` when it serves <paramref name="backend"/> (`net` or
    /// `block`); null means dom0 serves it. A valid topology never names one that does not
    /// (TOPO3006), but the writer stays total and then leaves the device to dom0.
    /// </summary>
    public string? DriverDomainServing(XenBackend backend)
    {
        if (DomU.Backend is not { } name)
        {
            return null;
        }

        // A loop, not a query: a lambda's captured name would be made for each of a fleet's domUs, backend or not.
        foreach (var domain in Hypervisor.DriverDomains)
        {
            if (domain.Name == name.Value)
            {
                return domain.Serves(backend) ? domain.Name : null;
            }
        }

        return null;
    }
}
