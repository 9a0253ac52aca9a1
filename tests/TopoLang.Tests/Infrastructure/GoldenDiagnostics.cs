using System.Collections.Generic;
using System.Linq;
using TopoLang.Compiler.Diagnostics;

namespace TopoLang.Tests.Infrastructure;

/// <summary>Diagnostics as golden text: the MSBuild line (code, position, message), one per diagnostic.</summary>
public static class GoldenDiagnostics
{
    public static string Format(IEnumerable<Diagnostic> diagnostics) =>
        string.Concat(diagnostics.Select(diagnostic => MsBuildDiagnosticFormatter.Format(diagnostic) + "\n"));
}
