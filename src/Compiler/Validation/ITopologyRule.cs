namespace TopoLang.Compiler.Validation;

/// <summary>One rule of docs/language.md, "Diagnostics": reads the model, reports through the context. Rules never throw on missing values: they skip them.</summary>
public interface ITopologyRule
{
    /// <summary>The code this rule reports (TOPO2001, ...).</summary>
    string Code { get; }

    void Check(RuleContext context);
}
