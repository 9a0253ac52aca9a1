using System;
using System.Collections.Generic;

namespace TopoLang.MsBuild;

/// <summary>Whether the run succeeded, and the files it wrote or left unchanged.</summary>
internal sealed record TopoBuildResult(bool Success, IReadOnlyList<GeneratedOutput> Outputs)
{
    public static readonly TopoBuildResult Failed = new(false, Array.Empty<GeneratedOutput>());
}
