using System;
using System.IO;
using System.Linq;
using TopoLang.Cli.Commands;

namespace TopoLang.Tests.Cli;

/// <summary>
/// Before a large compile, `topo` asks Linux for transparent huge pages over the collector's heap:
/// the run of adjacent anonymous mappings that holds a fresh object.
/// </summary>
public sealed class HugePageHeapTests
{
    private static readonly string[] Maps =
    [
        "55be3932a000-55be399ec000 r-xp 00000000 08:01 1234                       /tmp/topo",
        "7fd511000000-7fd511800000 rw-p 00000000 00:00 0 ",
        "7fd511800000-7fd511801000 r--p 00000000 08:01 99                         /usr/lib/libc.so.6",
        "7fd532000000-7fd53a7b3000 rw-p 00000000 00:00 0 ",
        "7fd53a7b3000-7fd53ac00000 ---p 00000000 00:00 0 ",
        "7fd53ac00000-7fd54378a000 rw-p 00000000 00:00 0 ",
        "7fd54378a000-7fe0f261a000 ---p 00000000 00:00 0 ",
        "7fe0f261c000-7fe0f2e1c000 rw-p 00000000 00:00 0 ",
        "7ffd1e2a0000-7ffd1e2c1000 rw-p 00000000 00:00 0                          [stack]",
    ];

    [Fact]
    public void The_heap_range_is_the_run_of_adjacent_anonymous_mappings_around_the_address()
    {
        Assert.True(HugePageHeap.FindRange(Maps, 0x7fd53ad00000, out var start, out var length));

        Assert.Equal(0x7fd532000000UL, start);
        Assert.Equal(0x7fe0f261a000UL - 0x7fd532000000UL, length);
    }

    [Fact]
    public void A_gap_between_mappings_ends_a_run()
    {
        Assert.True(HugePageHeap.FindRange(Maps, 0x7fe0f261c000, out var start, out var length));

        Assert.Equal(0x7fe0f261c000UL, start);
        Assert.Equal(0x800000UL, length);
    }

    [Fact]
    public void An_address_in_a_file_mapping_or_a_named_one_has_no_range()
    {
        Assert.False(HugePageHeap.FindRange(Maps, 0x55be3932b000, out _, out _));
        Assert.False(HugePageHeap.FindRange(Maps, 0x7ffd1e2a1000, out _, out _));
        Assert.False(HugePageHeap.FindRange(Maps, 0x1000, out _, out _));
    }

    [Fact]
    public void The_heap_is_marked_for_huge_pages_where_the_system_leaves_them_to_programs()
    {
        var inHeap = HugePageHeap.AddressOfAFreshObject();

        var asked = HugePageHeap.Prefer(inHeap);

        var leftToPrograms = OperatingSystem.IsLinux() && HugePageHeap.IsLeftToPrograms();
        Assert.Equal(leftToPrograms, asked);
        if (leftToPrograms)
        {
            Assert.Contains(" hg", VmFlagsOfTheMappingHolding(inHeap), StringComparison.Ordinal);
        }
    }

    // The "VmFlags:" line of the /proc/self/smaps entry whose range holds the address.
    private static string VmFlagsOfTheMappingHolding(ulong address)
    {
        var holds = false;
        foreach (var line in File.ReadLines("/proc/self/smaps"))
        {
            var dash = line.IndexOf('-', StringComparison.Ordinal);
            var space = line.IndexOf(' ', StringComparison.Ordinal);
            if (dash > 0 && space > dash && line[..dash].All(Uri.IsHexDigit))
            {
                var from = Convert.ToUInt64(line[..dash], 16);
                var to = Convert.ToUInt64(line[(dash + 1)..space], 16);
                holds = from <= address && address < to;
            }
            else if (holds && line.StartsWith("VmFlags:", StringComparison.Ordinal))
            {
                return line;
            }
        }

        return string.Empty;
    }
}
