namespace TopoLang.Compiler.Hosting;

public enum FileFormatStatus
{
    /// <summary>Already in the canonical layout.</summary>
    Unchanged,

    /// <summary>Not in the canonical layout: rewritten, or, when only checking, would be.</summary>
    Changed,

    /// <summary>Has syntax errors (or is not UTF-8): left as it is.</summary>
    SyntaxErrors,
}
