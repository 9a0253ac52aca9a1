using System.Collections.Immutable;
using TopoLang.Compiler.Diagnostics;

namespace TopoLang.Compiler.Hosting;

/// <summary>What `topo fmt` did, or would do, to one file; the diagnostics say why a file was left alone.</summary>
public sealed record FileFormatOutcome(string Path, FileFormatStatus Status, ImmutableArray<Diagnostic> Diagnostics);
