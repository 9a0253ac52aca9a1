namespace TopoLang.Compiler.Hosting;

/// <summary>What must come before the `=` of a `NAME=VALUE` for it to be an assignment at all.</summary>
public enum ParameterNameRule
{
    /// <summary>Any text (`topo -p`): a blank name then fails as an undeclared param, as it always has.</summary>
    NotEmpty,

    /// <summary>Some non-blank text (TopoParameters): a blank name is reported as a malformed assignment.</summary>
    NotBlank,
}
