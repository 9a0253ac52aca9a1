namespace TopoLang.Compiler.Emit.Targets.Xen;

/// <summary>
/// xl's `memory` and Xen's `dom0_mem=...M` take whole MiB. A size that is not a whole number of
/// MiB is rounded up: a domain never gets less than the topology declared (and the capacity rules
/// already judged the exact bytes).
/// </summary>
public static class XenMebibytes
{
    private const long Mebibyte = 1024 * 1024;

    public static long RoundUp(long bytes) => bytes <= 0 ? 0 : (bytes / Mebibyte) + (bytes % Mebibyte == 0 ? 0 : 1);

    public static bool IsWhole(long bytes) => bytes % Mebibyte == 0;
}
