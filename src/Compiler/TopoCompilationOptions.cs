using System.Collections.Immutable;

namespace TopoLang.Compiler;

/// <summary>What a compilation is asked to do beyond reading its sources.</summary>
public sealed record TopoCompilationOptions
{
    public static readonly TopoCompilationOptions Default = new();

    /// <summary>Values for the topology's params (`-p NAME=VALUE`), as written.</summary>
    public ImmutableDictionary<string, string> Parameters { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>Imports may not leave this folder; null means the entry file's folder.</summary>
    public string? ProjectRoot { get; init; }
}
