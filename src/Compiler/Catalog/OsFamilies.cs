using System;
using System.Linq;
using TopoLang.Compiler.Model;

namespace TopoLang.Compiler.Catalog;

/// <summary>Which OS families can run paravirtualized under Xen: those whose kernel can be modified (§4).</summary>
public static class OsFamilies
{
    public static bool CanRunParavirtualized(OsFamily family) => family is OsFamily.Linux or OsFamily.Bsd;

    /// <summary>The families that can run paravirtualized, for messages: "linux and bsd".</summary>
    public static readonly string ParavirtualizedFamilies =
        string.Join(" and ", Enum.GetValues<OsFamily>().Where(CanRunParavirtualized).Select(family => ModelWords.ToWord(family)));

    /// <summary>
    /// Whether an HVM guest of this family does its I/O through emulated devices unless Xen PV
    /// drivers are installed in it: Windows ships without them, while Linux and FreeBSD kernels
    /// carry netfront/blkfront; of `other` nothing is known, so it is not assumed.
    /// </summary>
    public static bool NeedsInstalledPvDrivers(OsFamily family) => family is OsFamily.Windows;
}
