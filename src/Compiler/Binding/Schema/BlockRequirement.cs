namespace TopoLang.Compiler.Binding.Schema;

public enum BlockRequirement
{
    /// <summary>The entry takes no block.</summary>
    None,
    Optional,
    Required,
}
