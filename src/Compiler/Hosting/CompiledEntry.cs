namespace TopoLang.Compiler.Hosting;

/// <summary>An entry file and its topology's compilation.</summary>
public sealed record CompiledEntry(EntryCandidate Candidate, TopoCompilation Compilation);
