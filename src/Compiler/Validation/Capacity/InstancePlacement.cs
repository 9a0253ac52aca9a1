using System;
using System.Collections.Generic;

namespace TopoLang.Compiler.Validation.Capacity;

/// <summary>What one compute host has left for a cloud's instances; shrinks as copies are placed.</summary>
internal sealed class ComputeRoom
{
    public ComputeRoom(string host, decimal memory, decimal vcpus)
    {
        Host = host;
        Memory = memory;
        Vcpus = vcpus;
    }

    public string Host { get; }

    public decimal Memory { get; private set; }

    public decimal Vcpus { get; private set; }

    /// <summary>How many copies of this shape still fit; a zero amount never limits.</summary>
    public decimal CopiesThatFit(long memory, int vcpus)
    {
        // Most hosts a large cloud walks past are full: compare before dividing.
        if (Memory < memory || Vcpus < vcpus)
        {
            return 0;
        }

        var byMemory = memory > 0 ? decimal.Floor(Memory / memory) : decimal.MaxValue;
        var byVcpus = vcpus > 0 ? decimal.Floor(Vcpus / vcpus) : decimal.MaxValue;
        return Math.Min(byMemory, byVcpus);
    }

    public void Take(decimal copies, long memory, int vcpus)
    {
        Memory -= copies * memory;
        Vcpus -= copies * vcpus;
    }

    /// <summary>The room as it is now, for a message.</summary>
    public ComputeRoom Snapshot() => new(Host, Memory, Vcpus);
}

/// <summary>One instance at its largest shape: how many copies, each of how much.</summary>
internal readonly record struct InstanceDemand<T>(T Instance, long Memory, int Vcpus, int Copies);

/// <summary>An instance whose copies did not all fit: how many did, and the most room left when the next one failed.</summary>
internal readonly record struct PlacementShortfall<T>(InstanceDemand<T> Demand, int Placed, ComputeRoom Roomiest);

/// <summary>
/// First-fit decreasing: copies sorted by memory, then vCPUs, largest first (ties in source
/// order), each onto the first host in compute-list order with room for both.
/// </summary>
internal static class InstancePlacement
{
    /// <summary>
    /// Places every demand, given in source order, into <paramref name="rooms"/> (in
    /// compute-list order, which shrink), and returns the instances that did not all fit, in
    /// placement order. Without rooms there is nothing to judge, and nothing is returned.
    /// </summary>
    public static List<PlacementShortfall<T>> Place<T>(IReadOnlyList<InstanceDemand<T>> demands, IReadOnlyList<ComputeRoom> rooms)
    {
        var shortfalls = new List<PlacementShortfall<T>>();
        if (rooms.Count == 0)
        {
            return shortfalls;
        }

        foreach (var demand in Decreasing(demands))
        {
            var placed = PlaceCopies(demand, rooms);
            if (placed < demand.Copies)
            {
                shortfalls.Add(new PlacementShortfall<T>(demand, placed, Roomiest(rooms).Snapshot()));
            }
        }

        return shortfalls;
    }

    // The copies of one instance are equal and adjacent in the sorted order, and a host's room
    // only shrinks: first-fit puts as many as fit on the first host, then moves on for good.
    // So copies go in bulk, and an instance of a million copies costs one pass over the hosts.
    private static int PlaceCopies<T>(InstanceDemand<T> demand, IReadOnlyList<ComputeRoom> rooms)
    {
        decimal remaining = demand.Copies;
        foreach (var room in rooms)
        {
            if (remaining == 0)
            {
                break;
            }

            var copies = Math.Min(remaining, room.CopiesThatFit(demand.Memory, demand.Vcpus));
            room.Take(copies, demand.Memory, demand.Vcpus);
            remaining -= copies;
        }

        return demand.Copies - (int)remaining;
    }

    private static List<InstanceDemand<T>> Decreasing<T>(IReadOnlyList<InstanceDemand<T>> demands)
    {
        var order = new List<(InstanceDemand<T> Demand, int Index)>(demands.Count);
        for (var i = 0; i < demands.Count; i++)
        {
            order.Add((demands[i], i));
        }

        order.Sort(static (a, b) =>
        {
            var byMemory = b.Demand.Memory.CompareTo(a.Demand.Memory);
            var byVcpus = b.Demand.Vcpus.CompareTo(a.Demand.Vcpus);
            return byMemory != 0 ? byMemory : byVcpus != 0 ? byVcpus : a.Index.CompareTo(b.Index);
        });
        return order.ConvertAll(item => item.Demand);
    }

    // The most memory left, then the most vCPUs, then the first in the list.
    private static ComputeRoom Roomiest(IReadOnlyList<ComputeRoom> rooms)
    {
        var best = rooms[0];
        foreach (var room in rooms)
        {
            if (room.Memory > best.Memory || (room.Memory == best.Memory && room.Vcpus > best.Vcpus))
            {
                best = room;
            }
        }

        return best;
    }
}
