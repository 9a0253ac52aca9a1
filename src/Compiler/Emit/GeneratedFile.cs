namespace TopoLang.Compiler.Emit;

/// <summary>A file the compiler produced: its name relative to the topology's output folder, and its text.</summary>
public sealed record GeneratedFile(string RelativePath, string Text);
