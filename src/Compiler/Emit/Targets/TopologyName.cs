namespace TopoLang.Compiler.Emit.Targets;

/// <summary>A topology's name as used for its output folder and file names.</summary>
public readonly record struct TopologyName(string Value);
