using System;
using System.Collections.Generic;

namespace TopoLang.MsBuild;

/// <summary>
/// What one run of the build is asked to do, in plain values (no MSBuild types), so that the
/// task is a thin adapter and tests can drive <see cref="TopoBuild"/> directly. Relative paths
/// are relative to <see cref="ProjectDirectory"/>.
/// </summary>
internal sealed record TopoBuildRequest
{
    /// <summary>The project's folder: relative paths, the generated code and the plan name files relative to it.</summary>
    public required string ProjectDirectory { get; init; }

    /// <summary>The TopoFile items, in item order.</summary>
    public IReadOnlyList<TopoSource> Sources { get; init; } = Array.Empty<TopoSource>();

    /// <summary>Where each topology's `&lt;Name&gt;Topology.g.cs` goes (`$(IntermediateOutputPath)topo/`).</summary>
    public required string CodeDirectory { get; init; }

    /// <summary>Each topology's plan and artifacts go under `&lt;this&gt;/&lt;topology&gt;/` (TopoOutputPath).</summary>
    public required string ArtifactsDirectory { get; init; }

    /// <summary>TopoEmitArtifacts: false writes only the C# (and removes artifacts an earlier build wrote).</summary>
    public bool EmitArtifacts { get; init; } = true;

    /// <summary>The list of files the last successful run wrote; read to remove stale ones, then rewritten (it is also the target's stamp).</summary>
    public required string OutputsFile { get; init; }

    /// <summary>The files the topologies import, written for the next build's Inputs.</summary>
    public required string DependencyFile { get; init; }

    /// <summary>TopoNamespace: the namespace of topologies that declare none; empty means the global namespace.</summary>
    public string? DefaultNamespace { get; init; }

    /// <summary>TopoRoot: imports may not leave it. Empty means the project folder.</summary>
    public string? ProjectRoot { get; init; }

    /// <summary>TopoParameters, one `NAME=VALUE` each.</summary>
    public IReadOnlyList<string> Parameters { get; init; } = Array.Empty<string>();

    /// <summary>TopoNoWarn: every code must be a TopoLang code.</summary>
    public IReadOnlyList<string> NoWarn { get; init; } = Array.Empty<string>();

    /// <summary>$(NoWarn): shared with the C# compiler, so only the TOPO codes in it are read.</summary>
    public IReadOnlyList<string> ProjectNoWarn { get; init; } = Array.Empty<string>();

    /// <summary>TopoTreatWarningsAsErrors (default $(TreatWarningsAsErrors)).</summary>
    public bool TreatWarningsAsErrors { get; init; }

    /// <summary>$(WarningsAsErrors): only the TOPO codes in it are read.</summary>
    public IReadOnlyList<string> WarningsAsErrors { get; init; } = Array.Empty<string>();
}

/// <summary>One TopoFile item: its path as written and its Entry metadata (null: decided by the imports).</summary>
internal sealed record TopoSource(string Path, bool? Entry = null);
