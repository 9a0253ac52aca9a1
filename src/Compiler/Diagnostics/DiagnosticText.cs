using TopoLang.Compiler.Text;

namespace TopoLang.Compiler.Diagnostics;

/// <summary>The small pieces of text every renderer spells the same way.</summary>
public static class DiagnosticText
{
    public static string SeverityWord(DiagnosticSeverity severity) =>
        severity == DiagnosticSeverity.Error ? "error" : "warning";

    /// <summary>`path(line,col,endLine,endCol)`: 1-based, end exclusive, as MSBuild reads it.</summary>
    public static string FullPosition(SourceLocation location)
    {
        var start = location.Start;
        var end = location.End;
        return $"{location.Path}({start.Line},{start.Column},{end.Line},{end.Column})";
    }

    /// <summary>`path(line,col)`: the start only, for notes that point somewhere else.</summary>
    public static string StartPosition(SourceLocation location)
    {
        var start = location.Start;
        return $"{location.Path}({start.Line},{start.Column})";
    }

    /// <summary>A message squeezed onto one line, since every text form is one line per diagnostic.</summary>
    public static string OneLine(string message) =>
        message.Contains('\n') || message.Contains('\r')
            ? message.Replace("\r\n", " ").Replace('\n', ' ').Replace('\r', ' ')
            : message;
}
