namespace TopoLang.Compiler.Hosting;

/// <summary>The compilation of an entry file, or why the file could not be read (exactly one is set).</summary>
public sealed record EntryLoad(TopoCompilation? Compilation, UnreadableEntry? Unreadable);
