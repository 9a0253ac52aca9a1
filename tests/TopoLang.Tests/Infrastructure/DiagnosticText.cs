using System.Collections.Generic;
using System.Linq;
using TopoLang.Compiler.Diagnostics;

namespace TopoLang.Tests.Infrastructure;

/// <summary>Diagnostics as golden text: the MSBuild line (code, position, message), one per diagnostic.</summary>
public static class DiagnosticText
{
    public static string Format(IEnumerable<Diagnostic> diagnostics)
    {
        var writer = new System.IO.StringWriter { NewLine = "\n" };
        var formatter = new MsBuildDiagnosticFormatter();
        foreach (var diagnostic in diagnostics)
        {
            formatter.Write(writer, diagnostic);
        }

        return writer.ToString();
    }

    public static string FormatOne(Diagnostic diagnostic) => Format(new[] { diagnostic }).TrimEnd('\n');

    public static string[] Lines(IEnumerable<Diagnostic> diagnostics) => diagnostics.Select(FormatOne).ToArray();
}
