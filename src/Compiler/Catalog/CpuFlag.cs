namespace TopoLang.Compiler.Catalog;

/// <summary>A CPU flag: the vendor that has it (null: either vendor), what it is for, and its name for people.</summary>
public sealed record CpuFlag(string Name, string? Vendor, CpuFlagCategory Category, string Description);
