using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Runtime.InteropServices;

namespace TopoLang.Cli.Commands;

/// <summary>
/// Asks Linux to back the collector's heap with transparent huge pages (2 MiB) before a large
/// compile. A check of a 100,000-guest fleet writes about 110 MiB of fresh memory: in 4 KiB pages
/// that is 30,000 page faults, each a trip through the kernel, which were a quarter of the
/// binder's samples (docs/performance.md). Most distributions leave huge pages to the programs
/// that ask for them (`madvise` in /sys/kernel/mm/transparent_hugepage/enabled), and the runtime
/// does not ask, so `topo` asks for the heap's address range itself.
/// </summary>
/// <remarks>
/// Advice only: on another system, with huge pages off or already on for every program, or when
/// anything here fails, the compile runs as before. The collector reserves its heap as one
/// range of address space at start-up (regions), so the range is found from where a fresh
/// object lives: the run of adjacent anonymous mappings around it in /proc/self/maps.
/// </remarks>
internal static class HugePageHeap
{
    private const string ModeFile = "/sys/kernel/mm/transparent_hugepage/enabled";
    private const int MadviseHugePage = 14;

    /// <summary>Asks for huge pages for the heap; true when asked (Linux, huge pages left to programs, the heap's range found).</summary>
    public static bool Prefer() => Prefer(AddressOfAFreshObject());

    /// <summary>As <see cref="Prefer()"/>, for the heap that holds <paramref name="inHeap"/>.</summary>
    internal static bool Prefer(ulong inHeap)
    {
        try
        {
            if (OperatingSystem.IsLinux() && IsLeftToPrograms()
                && FindRange(File.ReadLines("/proc/self/maps"), inHeap, out var start, out var length))
            {
                return madvise((nint)start, (nuint)length, MadviseHugePage) == 0;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or OverflowException or DllNotFoundException or EntryPointNotFoundException)
        {
            // Only advice: without it the compile is the same, a little slower.
        }

        return false;
    }

    /// <summary>Whether the system gives huge pages to the ranges a program asks for and not to others ("always [madvise] never").</summary>
    internal static bool IsLeftToPrograms() => File.Exists(ModeFile) && File.ReadAllText(ModeFile).Contains("[madvise]", StringComparison.Ordinal);

    /// <summary>The run of adjacent anonymous mappings in <paramref name="maps"/> (lines of /proc/self/maps) that holds <paramref name="inHeap"/>.</summary>
    internal static bool FindRange(IEnumerable<string> maps, ulong inHeap, out ulong start, out ulong length)
    {
        ulong runStart = 0, runEnd = 0;
        foreach (var line in maps)
        {
            var anonymous = TryReadAnonymous(line, out var from, out var to);
            if (!anonymous || from != runEnd)
            {
                if (runStart <= inHeap && inHeap < runEnd)
                {
                    break;
                }

                (runStart, runEnd) = anonymous ? (from, to) : (0UL, 0UL);
                continue;
            }

            runEnd = to;
        }

        var found = runStart <= inHeap && inHeap < runEnd;
        (start, length) = found ? (runStart, runEnd - runStart) : (0UL, 0UL);
        return found;
    }

    // "7fd532000000-7fd53a7b3000 rw-p 00000000 00:00 0" and nothing after: anonymous memory.
    private static bool TryReadAnonymous(string line, out ulong from, out ulong to)
    {
        from = to = 0;
        var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length != 5 || fields[4] != "0")
        {
            return false;
        }

        var dash = fields[0].IndexOf('-', StringComparison.Ordinal);
        from = ulong.Parse(fields[0].AsSpan(0, dash), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        to = ulong.Parse(fields[0].AsSpan(dash + 1), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return true;
    }

    internal static ulong AddressOfAFreshObject()
    {
        var probe = new byte[64];
        var handle = GCHandle.Alloc(probe, GCHandleType.Pinned);
        try
        {
            return (ulong)handle.AddrOfPinnedObject();
        }
        finally
        {
            handle.Free();
        }
    }

    [DllImport("libc")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int madvise(nint address, nuint length, int advice);
}
