using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using TopoLang.JsonPeer.Checks;
using TopoLang.JsonPeer.Model;

namespace TopoLang.JsonPeer;

/// <summary>
/// Loads a fleet written by TopoLang.Generator --json and runs the checks `topo check` runs on
/// the same fleet as .topo: the peer of issue 15, timed against it by bench/compare-json-peer.sh.
/// </summary>
public static class Program
{
    // Enough to see what is wrong without flooding the terminal on a broken 100k fleet.
    private const int FindingsShown = 20;

    public static int Main(string[] args)
    {
        if (args.Length != 1)
        {
            Console.Error.WriteLine("usage: TopoLang.JsonPeer FLEET.json");
            return 2;
        }

        JsonFleet? fleet;
        using (var input = File.OpenRead(args[0]))
        {
            fleet = JsonSerializer.Deserialize(input, FleetJsonContext.Default.JsonFleet);
        }

        if (fleet is null)
        {
            Console.Error.WriteLine($"{args[0]}: no fleet in the file");
            return 2;
        }

        var findings = new List<Finding>();
        CpuFlagCheck.Run(fleet, findings);
        CapacityCheck.Run(fleet, findings);
        AddressCheck.Run(fleet, findings);
        Report(fleet, findings);
        return findings.Count == 0 ? 0 : 1;
    }

    private static void Report(JsonFleet fleet, List<Finding> findings)
    {
        for (int i = 0; i < Math.Min(FindingsShown, findings.Count); i++)
        {
            Console.WriteLine($"{findings[i].Code}: {findings[i].Message}");
        }

        Console.WriteLine($"{fleet.Topology}: {fleet.Hosts.Count} hosts, {fleet.Networks.Count} networks, {findings.Count} findings");
    }
}
