using System.Collections.Generic;
using System.IO;
using System.Text.Json;

namespace TopoLang.Generator;

/// <summary>
/// Writes a <see cref="Fleet"/> as JSON, in the shape a System.Text.Json loader reads into
/// records (bench/TopoLang.JsonPeer): camelCase names, sizes in bytes, the hypervisor's kind
/// as a string, no nulls. Reservations and allocation ratios are left out, as the .topo
/// leaves them to their defaults.
/// </summary>
public static class JsonFleetWriter
{
    private const long BytesPerGiB = 1L << 30;
    private const long BytesPerTiB = 1L << 40;

    public static void Write(Fleet fleet, Stream output)
    {
        using var json = new Utf8JsonWriter(output);
        json.WriteStartObject();
        json.WriteString("topology", "bench-" + fleet.GuestCount.ToString(System.Globalization.CultureInfo.InvariantCulture));
        WriteNetworks(json, fleet);
        WriteHosts(json, fleet);
        WriteClouds(json, fleet);
        json.WriteEndObject();
    }

    private static void WriteNetworks(Utf8JsonWriter json, Fleet fleet)
    {
        json.WriteStartArray("networks");
        foreach (var network in fleet.Networks)
        {
            json.WriteStartObject();
            json.WriteString("name", network.Name);
            json.WriteString("cidr", network.Cidr);
            json.WriteString("gateway", network.Gateway);
            json.WriteNumber("vlan", network.Vlan);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteHosts(Utf8JsonWriter json, Fleet fleet)
    {
        json.WriteStartArray("hosts");
        foreach (var host in fleet.Hosts)
        {
            json.WriteStartObject();
            json.WriteString("name", host.Name);
            WriteCpu(json, host.Cpu);
            json.WriteNumber("memoryBytes", host.MemoryGiB * BytesPerGiB);
            json.WriteNumber("storageBytes", host.StorageTiB * BytesPerTiB);
            WriteHypervisor(json, host);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteCpu(Utf8JsonWriter json, FleetCpu cpu)
    {
        json.WriteStartObject("cpu");
        json.WriteString("vendor", cpu.Vendor);
        json.WriteString("model", cpu.Model);
        json.WriteNumber("sockets", cpu.Sockets);
        json.WriteNumber("cores", cpu.Cores);
        json.WriteNumber("threads", cpu.Threads);
        WriteStrings(json, "features", cpu.Features);
        json.WriteEndObject();
    }

    private static void WriteHypervisor(Utf8JsonWriter json, FleetHost host)
    {
        json.WriteStartObject("hypervisor");
        if (host.Dom0 is { } dom0)
        {
            json.WriteString("kind", "xen");
            json.WriteString("version", FleetHost.XenVersion);
            json.WriteStartObject("dom0");
            json.WriteNumber("vcpus", dom0.Vcpus);
            json.WriteNumber("memoryBytes", dom0.MemoryGiB * BytesPerGiB);
            json.WriteEndObject();
        }
        else
        {
            json.WriteString("kind", "kvm");
            json.WriteString("emulator", "qemu");
            json.WriteString("emulatorVersion", FleetHost.QemuVersion);
        }

        json.WriteStartArray("guests");
        foreach (var guest in host.Guests)
        {
            WriteGuest(json, guest, host.IsXen);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteGuest(Utf8JsonWriter json, FleetGuest guest, bool xen)
    {
        json.WriteStartObject();
        json.WriteString("name", guest.Name);
        if (xen)
        {
            json.WriteString("mode", "pv");
        }

        json.WriteString("os", "linux");
        json.WriteString("osVersion", guest.Distro);
        json.WriteNumber("vcpus", guest.Vcpus);
        json.WriteNumber("memoryBytes", guest.MemoryGiB * BytesPerGiB);
        json.WriteStartArray("disks");
        json.WriteStartObject();
        json.WriteString("name", "root");
        json.WriteNumber("sizeBytes", guest.RootDiskGiB * BytesPerGiB);
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteStartArray("nics");
        json.WriteStartObject();
        json.WriteString("network", guest.Network);
        json.WriteString("ip", guest.Ip);
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteClouds(Utf8JsonWriter json, Fleet fleet)
    {
        json.WriteStartArray("clouds");
        json.WriteStartObject();
        json.WriteString("name", Fleet.CloudName);
        json.WriteString("platform", Fleet.CloudPlatform);
        json.WriteString("region", Fleet.CloudRegion);
        WriteStrings(json, "compute", fleet.CloudCompute);
        json.WriteEndObject();
        json.WriteEndArray();
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
