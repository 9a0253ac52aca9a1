namespace TopoLang.Compiler.Diagnostics;

// Placeholder until the full catalog lands from the diagnostics branch.
public static class DiagnosticCatalog
{
    public static readonly DiagnosticDescriptor UnexpectedCharacter = new("TOPO0001", DiagnosticSeverity.Error, "Unexpected character", "{0}", "Remove or fix the text.", "");
    public static readonly DiagnosticDescriptor SyntaxError = new("TOPO0002", DiagnosticSeverity.Error, "Syntax error", "expected {0}, found {1}", "Fix the statement.", "");
    public static readonly DiagnosticDescriptor LimitExceeded = new("TOPO9001", DiagnosticSeverity.Error, "Limit exceeded", "{0}", "Split the input.", "");
}
