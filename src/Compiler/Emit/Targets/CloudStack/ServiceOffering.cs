using System.Globalization;
using TopoLang.Compiler.Model;
using Size = TopoLang.Runtime.Size;

namespace TopoLang.Compiler.Emit.Targets.CloudStack;

/// <summary>
/// Names an instance's shape the way the placeholders of service offerings are keyed:
/// `2vcpu-4gib`. Memory is written in the largest binary unit that holds it exactly, so
/// 1.5 GiB is `1536mib`.
/// </summary>
public static class ServiceOffering
{
    /// <summary>The shape's key, or null when vCPUs or memory are unknown.</summary>
    public static string? Shape(FlavorModel? flavor) =>
        flavor?.Vcpus is { } vcpus && flavor.Memory is { } memory
            ? vcpus.Value.ToString(CultureInfo.InvariantCulture) + "vcpu-" + Memory(memory.Value)
            : null;

    /// <summary>`4gib`: the size as TopoLang writes it, lower case and without the space.</summary>
    public static string Memory(long bytes) => Size.FromBytes(bytes).ToString().Replace(" ", string.Empty).ToLowerInvariant();

    /// <summary>A disk size in whole GiB, rounded up, as `rootdisksize` takes it.</summary>
    public static long GibibytesRoundedUp(long bytes) => (bytes / (1L << 30)) + (bytes % (1L << 30) > 0 ? 1 : 0);
}
