using System.Collections.Generic;
using System.Linq;
using CsCheck;
using TopoLang.Compiler.Validation.Capacity;

namespace TopoLang.Tests.Validation.Capacity;

/// <summary>First-fit decreasing with copies placed in bulk behaves exactly as placing them one by one.</summary>
public sealed class InstancePlacementTests
{
    private static readonly Gen<InstanceDemand<int>> DemandGen =
        Gen.Select(Gen.Long[1, 12], Gen.Int[0, 4], Gen.Int[0, 6], (memory, vcpus, copies) => new InstanceDemand<int>(0, memory, vcpus, copies));

    private static readonly Gen<List<(long Memory, long Vcpus)>> RoomsGen =
        Gen.Select(Gen.Long[0, 40], Gen.Long[0, 16], (memory, vcpus) => (memory, vcpus)).List[1, 4];

    [Fact]
    public void Bulk_placement_matches_one_copy_at_a_time()
    {
        Gen.Select(DemandGen.List[0, 6], RoomsGen).Sample((demands, rooms) =>
        {
            var numbered = demands.Select((demand, i) => demand with { Instance = i }).ToList();
            var expected = OneByOne(numbered, rooms);

            var actual = InstancePlacement.Place(numbered, Rooms(rooms));

            Assert.Equal(expected, actual.Select(s => (s.Demand.Instance, s.Placed)).ToList());
        }, iter: 1000);
    }

    [Fact]
    public void Ties_keep_source_order_and_hosts_fill_in_list_order()
    {
        var demands = new List<InstanceDemand<string>> { new("first", 4, 1, 2), new("second", 4, 1, 1) };
        var rooms = Rooms(new List<(long, long)> { (8, 8), (4, 8) });

        var shortfalls = InstancePlacement.Place(demands, rooms);

        Assert.Empty(shortfalls);
        Assert.Equal((0m, 0m), (rooms[0].Memory, rooms[1].Memory));
        Assert.Equal((6m, 7m), (rooms[0].Vcpus, rooms[1].Vcpus));
    }

    [Fact]
    public void Shortfall_reports_the_host_with_the_most_memory_left()
    {
        var rooms = Rooms(new List<(long, long)> { (3, 100), (5, 1), (5, 2) });

        var shortfall = Assert.Single(InstancePlacement.Place(new List<InstanceDemand<string>> { new("big", 6, 1, 1) }, rooms));

        Assert.Equal((0, "2"), (shortfall.Placed, shortfall.Roomiest.Host));
    }

    [Fact]
    public void A_million_copies_cost_one_pass_over_the_hosts()
    {
        var rooms = new CountingList<ComputeRoom>(Rooms(Enumerable.Range(0, 1000).Select(_ => (1000L, 1000L)).ToList()));

        var shortfall = Assert.Single(InstancePlacement.Place(new List<InstanceDemand<string>> { new("swarm", 1, 1, 1_000_001) }, rooms));

        Assert.Equal(1_000_000, shortfall.Placed);
        // One pass to place the copies, one to find the roomiest host for the message.
        Assert.True(rooms.Reads <= 2 * rooms.Count + 1, $"{rooms.Reads} reads of {rooms.Count} hosts");
    }

    private static List<ComputeRoom> Rooms(List<(long Memory, long Vcpus)> rooms) =>
        rooms.Select((room, i) => new ComputeRoom(i.ToString(System.Globalization.CultureInfo.InvariantCulture), room.Memory, room.Vcpus)).ToList();

    // The definition, literally: every copy sorted by memory then vCPUs (ties in source order),
    // each onto the first host with room for both.
    private static List<(int Instance, int Placed)> OneByOne(List<InstanceDemand<int>> demands, List<(long Memory, long Vcpus)> rooms)
    {
        var left = rooms.ToArray();
        var copies = demands.SelectMany(demand => Enumerable.Repeat(demand, demand.Copies))
            .OrderByDescending(d => d.Memory).ThenByDescending(d => d.Vcpus).ThenBy(d => d.Instance);
        var placed = new Dictionary<int, int>();
        foreach (var copy in copies)
        {
            placed.TryAdd(copy.Instance, 0);
            var host = System.Array.FindIndex(left, room => room.Memory >= copy.Memory && room.Vcpus >= copy.Vcpus);
            if (host >= 0)
            {
                left[host] = (left[host].Memory - copy.Memory, left[host].Vcpus - copy.Vcpus);
                placed[copy.Instance]++;
            }
        }

        return demands.Where(d => d.Copies > 0 && placed[d.Instance] < d.Copies)
            .OrderByDescending(d => d.Memory).ThenByDescending(d => d.Vcpus).ThenBy(d => d.Instance)
            .Select(d => (d.Instance, placed[d.Instance])).ToList();
    }
}
