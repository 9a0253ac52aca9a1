namespace TopoLang.Compiler.Model;

public sealed record FlavorModel(Located<int>? Vcpus, Located<long>? Memory, Located<long>? Disk);
