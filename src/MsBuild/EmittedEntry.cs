using TopoLang.Compiler.Hosting;

namespace TopoLang.MsBuild;

/// <summary>An entry and the files of its topology.</summary>
internal sealed record EmittedEntry(CompiledEntry Entry, EmittedTopology Topology);
