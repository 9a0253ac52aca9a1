using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace TopoLang.Generator;

/// <summary>
/// Writes large .topo files that are valid by construction, for benchmarks and stress tests,
/// and the same fleet as JSON for the System.Text.Json peer (bench/TopoLang.JsonPeer).
/// </summary>
/// <remarks>
/// Layout: one host per 20 guests (the last host takes the remainder); every fourth host is a
/// Xen host with a dom0 and PV domUs, the others are KVM hosts; vendors alternate so both
/// flag sets are exercised. Each network is a /24 holding 200 guest addresses (.10 to .209),
/// so ten hosts share one network. Everything is spelled out (no <c>for</c>) so that the
/// guest count, and the size of the file, is exactly what was asked for.
/// </remarks>
public static class TopologyGenerator
{
    public const int GuestsPerHost = 20;
    public const int GuestsPerNetwork = 200;

    // The first address handed out in every /24: .1 is the gateway, .2–.9 stay free for
    // routers and the like, as a real operator would keep them.
    private const int FirstGuestOctet = 10;

    // Sized so that 20 guests of GuestMemoryGiB leave most of the host free: the capacity
    // rules then hold with a wide margin whatever ratio a reader assumes.
    private const int HostMemoryGiB = 256;
    private const int HostStorageTiB = 8;
    private const int GuestMemoryGiB = 4;
    private const int GuestVcpus = 2;
    private const int GuestRootDiskGiB = 40;
    private const int Dom0MemoryGiB = 8;
    private const int Dom0Vcpus = 4;

    // Up to this many KVM hosts make up the private cloud.
    private const int CloudComputeHosts = 3;

    // Ten-dot networks address 65,536 /24s; past that the generator would repeat addresses.
    private const int MaxNetworks = 256 * 256;

    public static int HostCount(int guestCount) => (guestCount + GuestsPerHost - 1) / GuestsPerHost;

    public static int NetworkCount(int guestCount) => (guestCount + GuestsPerNetwork - 1) / GuestsPerNetwork;

    public static bool IsXenHost(int hostIndex) => hostIndex % 4 == 3;

    /// <summary>The fleet as .topo text.</summary>
    public static string Generate(int guestCount) => TopoFleetWriter.Write(Describe(guestCount));

    /// <summary>The same fleet as <see cref="Generate"/>, as UTF-8 JSON (<see cref="JsonFleetWriter"/>).</summary>
    public static void GenerateJson(int guestCount, Stream output) => JsonFleetWriter.Write(Describe(guestCount), output);

    /// <summary>The fleet of <paramref name="guestCount"/> guests, before it is written in either form.</summary>
    public static Fleet Describe(int guestCount)
    {
        if (guestCount < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(guestCount), guestCount, "at least one guest is needed");
        }

        if (NetworkCount(guestCount) > MaxNetworks)
        {
            throw new ArgumentOutOfRangeException(
                nameof(guestCount), guestCount, $"at most {MaxNetworks * GuestsPerNetwork} guests fit in 10.0.0.0/8");
        }

        return new Fleet(guestCount, GuestMemoryGiB, Networks(guestCount), Hosts(guestCount), CloudCompute(guestCount));
    }

    private static FleetNetwork[] Networks(int guestCount)
    {
        var networks = new FleetNetwork[NetworkCount(guestCount)];
        for (int k = 0; k < networks.Length; k++)
        {
            networks[k] = new FleetNetwork(NetworkName(k), NetworkPrefix(k), 100 + k % 3900);
        }

        return networks;
    }

    private static FleetHost[] Hosts(int guestCount)
    {
        var hosts = new FleetHost[HostCount(guestCount)];
        for (int h = 0; h < hosts.Length; h++)
        {
            int firstGuest = h * GuestsPerHost;
            int guests = Math.Min(GuestsPerHost, guestCount - firstGuest);
            hosts[h] = Host(h, firstGuest, guests);
        }

        return hosts;
    }

    private static FleetHost Host(int h, int firstGuest, int guestCount)
    {
        // h % 3 rather than h % 2: with Xen on h % 4 == 3, an odd/even split would give all
        // Xen hosts the same vendor.
        var cpu = h % 3 == 1 ? FleetCpu.Amd : FleetCpu.Intel;
        var dom0 = IsXenHost(h) ? new FleetDom0(Dom0Vcpus, Dom0MemoryGiB) : null;
        var guests = new FleetGuest[guestCount];
        for (int i = 0; i < guestCount; i++)
        {
            guests[i] = Guest(firstGuest + i);
        }

        return new FleetHost(HostName(h), cpu, HostMemoryGiB, HostStorageTiB, dom0, guests);
    }

    private static FleetGuest Guest(int g)
    {
        int k = g / GuestsPerNetwork;
        int octet = FirstGuestOctet + g % GuestsPerNetwork;
        string ip = string.Create(CultureInfo.InvariantCulture, $"{NetworkPrefix(k)}.{octet}");
        return new FleetGuest(GuestName(g), Distro(g), GuestVcpus, GuestMemoryGiB, GuestRootDiskGiB, NetworkName(k), ip);
    }

    // Xen hosts are left out so the cloud is homogeneous.
    private static List<string> CloudCompute(int guestCount)
    {
        var compute = new List<string>(CloudComputeHosts);
        int hosts = HostCount(guestCount);
        for (int h = 0; h < hosts && compute.Count < CloudComputeHosts; h++)
        {
            if (!IsXenHost(h))
            {
                compute.Add(HostName(h));
            }
        }

        return compute;
    }

    private static string Distro(int g) => (g % 3) switch
    {
        0 => "ubuntu-22.04",
        1 => "debian-12",
        _ => "rocky-9",
    };

    private static string HostName(int h) => "host-" + (h + 1).ToString("D4", CultureInfo.InvariantCulture);

    private static string GuestName(int g) => "vm-" + (g + 1).ToString("D6", CultureInfo.InvariantCulture);

    private static string NetworkName(int k) => "net-" + k.ToString("D4", CultureInfo.InvariantCulture);

    private static string NetworkPrefix(int k)
        => string.Create(CultureInfo.InvariantCulture, $"10.{k / 256}.{k % 256}");
}
