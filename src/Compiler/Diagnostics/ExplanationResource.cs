using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;

namespace TopoLang.Compiler.Diagnostics;

/// <summary>
/// The Markdown body of each code's `topo explain` page: Explanations/CODE.md, embedded in the
/// compiler under a name the project file fixes, so that prose lives in Markdown files rather than
/// in C# strings.
/// </summary>
internal static class ExplanationResource
{
    // Must match the LogicalName of the Explanations/*.md items in TopoLang.Compiler.csproj.
    private const string Prefix = "TopoLang.Compiler.Diagnostics.Explanations.";
    private const string Suffix = ".md";

    private static Assembly Assembly => typeof(ExplanationResource).Assembly;

    /// <summary>The codes that have a page, in no particular order.</summary>
    public static IEnumerable<string> Codes() =>
        Assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(Prefix, StringComparison.Ordinal) && name.EndsWith(Suffix, StringComparison.Ordinal))
            .Select(name => name[Prefix.Length..^Suffix.Length]);

    public static string Read(string code)
    {
        using var stream = Assembly.GetManifestResourceStream(Prefix + code + Suffix)
            ?? throw new InvalidOperationException($"no explanation page is embedded for {code} (Diagnostics/Explanations/{code}.md)");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
