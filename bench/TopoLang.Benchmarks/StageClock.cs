using System;
using System.Diagnostics;

namespace TopoLang.Benchmarks;

/// <summary>Prints, at each lap, the wall time, collections, GC pause and allocations since the last one.</summary>
internal sealed class StageClock
{
    private readonly Stopwatch _watch = Stopwatch.StartNew();
    private readonly int[] _collections = new int[3];
    private TimeSpan _pause = GC.GetTotalPauseDuration();
    private long _allocated = GC.GetTotalAllocatedBytes();
    private readonly int _labelWidth;

    /// <param name="labelWidth">The width of the stage column; the header is printed with it.</param>
    public StageClock(int labelWidth = 10)
    {
        _labelWidth = labelWidth;
        Console.WriteLine($"{"stage".PadRight(labelWidth)} {"wall",8} {"gen0",5} {"gen1",5} {"gen2",5} {"pause",8} {"allocated",10}");
    }

    public void Lap(string stage)
    {
        var wall = _watch.Elapsed;
        var counts = new int[3];
        for (var generation = 0; generation < 3; generation++)
        {
            counts[generation] = GC.CollectionCount(generation) - _collections[generation];
            _collections[generation] += counts[generation];
        }

        var pause = GC.GetTotalPauseDuration();
        var allocated = GC.GetTotalAllocatedBytes();
        Console.WriteLine($"{stage.PadRight(_labelWidth)} {wall.TotalMilliseconds,6:F0} ms {counts[0],5} {counts[1],5} {counts[2],5} {(pause - _pause).TotalMilliseconds,5:F0} ms {(allocated - _allocated) / 1048576,6} MiB");
        _pause = pause;
        _allocated = allocated;
        _watch.Restart();
    }
}
