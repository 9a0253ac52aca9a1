using System.Collections.Generic;

namespace TopoLang.Generator;

/// <summary>
/// A generated fleet in memory: what both the .topo and the JSON writers write, so that the two
/// files describe the same hosts, guests and networks.
/// <paramref name="GuestMemoryGiB"/> is what every guest has: the .topo writes it once, as a param.
/// </summary>
public sealed record Fleet(
    int GuestCount,
    int GuestMemoryGiB,
    IReadOnlyList<FleetNetwork> Networks,
    IReadOnlyList<FleetHost> Hosts,
    IReadOnlyList<string> CloudCompute)
{
    // The private cloud on the CloudCompute hosts.
    public const string CloudName = "bench-private";
    public const string CloudPlatform = "openstack";
    public const string CloudRegion = "bench-1";
}
