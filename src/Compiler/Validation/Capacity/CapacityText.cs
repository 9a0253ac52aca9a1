using System.Globalization;
using TopoLang.Compiler.Model;
using TopoLang.Compiler.Semantics.Capacity;

namespace TopoLang.Compiler.Validation.Capacity;

/// <summary>How capacity messages write sizes, counts and ratios.</summary>
internal static class CapacityText
{
    private static readonly string[] BinaryUnits = { "B", "KiB", "MiB", "GiB", "TiB", "PiB" };

    /// <summary>Bytes in the largest exact binary unit ("32 GiB", "1536 MiB"), as the binder writes sizes.</summary>
    public static string Size(decimal bytes) =>
        bytes <= long.MaxValue ? TopoLang.Runtime.Size.FromBytes((long)bytes).ToString() : LargeSize(bytes);

    /// <summary>A ratio with at least one decimal ("1.0", "1.5", "4.0"), as §4 writes them.</summary>
    public static string Ratio(decimal ratio) => ratio.ToString("0.0###########################", CultureInfo.InvariantCulture);

    /// <summary>"ram ratio 1.5" when written, else where it came from: "default ram ratio 1.0", "CloudStack ram ratio 1.0".</summary>
    public static string Ratio(string kind, decimal ratio, string source) =>
        $"{SourcePrefix(source)}{kind} ratio {Ratio(ratio)}";

    /// <summary>"1 copy", "3 copies": <paramref name="plural"/> is used for every count but one.</summary>
    public static string Count(decimal count, string singular, string plural) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? singular : plural)}");

    /// <summary>"1 socket x 4 cores x 2 threads": how a host's threads are counted.</summary>
    public static string Threads(CpuModel cpu) =>
        $"{Count(cpu.Sockets!.Value.Value, "socket", "sockets")} x {Count(cpu.Cores!.Value.Value, "core", "cores")} x {Count(cpu.ThreadsPerCore!.Value.Value, "thread", "threads")}";

    /// <summary>", rounded down" after a product whose fraction was dropped, else nothing.</summary>
    public static string RoundedDown(bool roundedDown) => roundedDown ? ", rounded down" : string.Empty;

    // Ratios.Resolver names its sources in words; messages use them as adjectives.
    private static string SourcePrefix(string source) => source switch
    {
        "written" => string.Empty,
        _ when source.StartsWith("CloudStack", System.StringComparison.Ordinal) => "CloudStack ",
        _ => "default ",
    };

    // Sums of many guests can pass long.MaxValue bytes; such sizes stay exact in a larger unit.
    private static string LargeSize(decimal bytes)
    {
        var unit = 0;
        while (unit < BinaryUnits.Length - 1 && bytes % 1024 == 0)
        {
            bytes /= 1024;
            unit++;
        }

        return string.Create(CultureInfo.InvariantCulture, $"{bytes} {BinaryUnits[unit]}");
    }
}
