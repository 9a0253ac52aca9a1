namespace TopoLang.Compiler.Diagnostics;

/// <summary>
/// Bounds that keep any input, however hostile, from crashing the compiler or running away
/// with time or memory. Crossing one is TOPO9001, naming the limit.
/// </summary>
public static class CompilerLimits
{
    /// <summary>Blocks and lists nested inside each other. The parser recurses per level, so this also bounds its stack.</summary>
    public const int MaxNestingDepth = 100;

    /// <summary>Characters in one source file: 64 Mi, well above a 100,000-guest topology (about 17 MB).</summary>
    public const int MaxFileLength = 64 * 1024 * 1024;

    /// <summary>Characters in one string literal.</summary>
    public const int MaxStringLength = 64 * 1024;

    /// <summary>Named things (hosts, guests, networks, ...) in one topology, loops expanded: ten times a 100,000-guest fleet.</summary>
    public const int MaxEntities = 1_000_000;

    /// <summary>Entries of every kind produced by expanding loops; bounds the work of loops that declare nothing.</summary>
    public const long MaxExpandedEntries = 8_000_000;

    /// <summary>Files imported into one another, counted along the longest chain.</summary>
    public const int MaxImportDepth = 64;

    /// <summary>
    /// Distinct diagnostics one file's parse, or one compilation, reports; past it one TOPO9001
    /// says the rest are not reported. Without it a small file could ask for millions (a line of
    /// `@` repeated, or n networks with one CIDR: n(n-1)/2 overlapping pairs).
    /// </summary>
    public const int MaxDiagnostics = 10_000;
}
