namespace TopoLang.Compiler.Hosting;

/// <summary>Where a topology's C# was written, and whether its bytes changed.</summary>
public sealed record WrittenCode(string Path, bool Changed);
