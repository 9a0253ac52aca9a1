namespace TopoLang.Compiler.Binding.Schema;

/// <summary>One position in an entry's values: `host NAME`, `disk NAME SIZE`, `os FAMILY [DISTRO]`.</summary>
public sealed record SlotSpec(string Name, ValueSpec Spec, bool Optional = false);
