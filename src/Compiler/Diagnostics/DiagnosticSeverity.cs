namespace TopoLang.Compiler.Diagnostics;

public enum DiagnosticSeverity
{
    Warning,
    Error,
}
