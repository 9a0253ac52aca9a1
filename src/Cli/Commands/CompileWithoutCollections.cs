using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime;

namespace TopoLang.Cli.Commands;

/// <summary>
/// Compiles a large input inside a no-GC region sized from it: nearly everything a check
/// allocates is the model it keeps, so collecting while the model grows only copies it from
/// generation to generation. A 100,000-guest fleet (17 MB) allocates about 110 MiB in all and
/// keeps about 105; without collections `topo check` is about a tenth faster at the same peak
/// (docs/performance.md). An input that allocates more than its budget ends the region with a
/// collection, and the runtime collects as usual from then on: the budget bounds what the region
/// can add to the peak.
/// A command that only reports what the compile found (`topo check`) does so inside the region
/// too (<see cref="SourceLoader.CompileAndReport{T}"/>): ending the region spends the generation-0
/// budget at once, so the first allocation after it, that of the diagnostics' list, would collect,
/// marking and sweeping the whole model while it is still in use (about 30 ms of a 100,000-guest
/// check, docs/performance.md). Once the report is done the model is garbage, and a collection
/// after the region finds nothing alive to mark.
/// </summary>
internal static class CompileWithoutCollections
{
    // Below this, a compile is over before collections cost anything worth a forced one at the start.
    private const long SmallestInput = 1 << 20;

    // A check allocates about 6.4 bytes per byte of a generated fleet's source; room for a little more.
    private const long BytesPerSourceByte = 8;

    private const long LargestBudget = 1L << 30;

    public static T Run<T>(IEnumerable<string> paths, Func<T> compile)
    {
        var sourceBytes = SourceBytes(paths);
        if (sourceBytes < SmallestInput)
        {
            return compile();
        }

        HugePageHeap.Prefer();
        if (!TryStart(Math.Min(sourceBytes * BytesPerSourceByte, LargestBudget)))
        {
            return compile();
        }

        try
        {
            return compile();
        }
        finally
        {
            End();
        }
    }

    private static long SourceBytes(IEnumerable<string> paths)
    {
        long total = 0;
        foreach (var path in paths)
        {
            try
            {
                total += new FileInfo(path).Length;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                // Not readable here: the compile says why.
            }
        }

        return total;
    }

    private static bool TryStart(long budget)
    {
        try
        {
            return GC.TryStartNoGCRegion(budget);
        }
        catch (ArgumentOutOfRangeException)
        {
            // More than this runtime can set aside at once: compile as usual.
            return false;
        }
        catch (InvalidOperationException)
        {
            // A region is open already (the CLI run in process by a host that compiles in parallel).
            return false;
        }
    }

    private static void End()
    {
        try
        {
            // Allocating past the budget has ended the region already.
            if (GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
            {
                GC.EndNoGCRegion();
            }
        }
        catch (InvalidOperationException)
        {
            // It ended between the look and the call.
        }
    }
}
