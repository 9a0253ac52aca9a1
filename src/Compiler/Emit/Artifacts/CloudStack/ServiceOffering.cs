using System.Globalization;
using TopoLang.Compiler.Model;

namespace TopoLang.Compiler.Emit.Artifacts.CloudStack;

/// <summary>
/// Names an instance's shape the way the placeholders of service offerings are keyed:
/// `2vcpu-4gib`. Memory is written in the largest binary unit that holds it exactly, so
/// 1.5 GiB is `1536mib`.
/// </summary>
public static class ServiceOffering
{
    private static readonly (string Unit, long Bytes)[] Units =
    {
        ("tib", 1L << 40), ("gib", 1L << 30), ("mib", 1L << 20), ("kib", 1L << 10),
    };

    /// <summary>The shape's key, or null when vCPUs or memory are unknown.</summary>
    public static string? Shape(FlavorModel? flavor) =>
        flavor?.Vcpus is { } vcpus && flavor.Memory is { } memory
            ? vcpus.Value.ToString(CultureInfo.InvariantCulture) + "vcpu-" + Memory(memory.Value)
            : null;

    public static string Memory(long bytes)
    {
        foreach (var (unit, size) in Units)
        {
            if (bytes > 0 && bytes % size == 0)
            {
                return (bytes / size).ToString(CultureInfo.InvariantCulture) + unit;
            }
        }

        return bytes.ToString(CultureInfo.InvariantCulture) + "b";
    }

    /// <summary>A disk size in whole GiB, rounded up, as `rootdisksize` takes it.</summary>
    public static long GibibytesRoundedUp(long bytes) => (bytes / (1L << 30)) + (bytes % (1L << 30) > 0 ? 1 : 0);
}
