namespace TopoLang.Compiler.Hosting;

/// <summary>Two items that would write one output: the one met first keeps it.</summary>
public sealed record OutputClash<T>(T First, T Second);
