namespace TopoLang.Compiler.Emit.Targets.Xen;

/// <summary>A free-form value a comment writes as an xl.cfg string (<see cref="XlString"/>), so it cannot break the line.</summary>
public readonly record struct XlQuoted(string? Value);
