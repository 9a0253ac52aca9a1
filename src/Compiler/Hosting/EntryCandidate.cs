namespace TopoLang.Compiler.Hosting;

/// <summary>
/// A .topo file that may be an entry of its own topology.
/// </summary>
/// <param name="CompilerPath">The path the compiler reads and names in generated code and plans.</param>
/// <param name="FullPath">The file's full path, to tell whether another entry imports it.</param>
/// <param name="Entry">True: always an entry; false: never; null: an entry unless another entry imports it.</param>
public sealed record EntryCandidate(string CompilerPath, string FullPath, bool? Entry);
