using System;
using System.Collections.Generic;

namespace TopoLang.Tests.Layering;

/// <summary>
/// The floors of src/Compiler, lowest first: a folder may use its own floor and those below it,
/// never one above (docs/architecture.md). The root namespace (TopoCompilation and its options)
/// drives every stage; Hosting, the front end of the CLI and the MSBuild task, drives it.
/// </summary>
public static class CompilerFloors
{
    public static readonly IReadOnlyList<string> Order = new[]
    {
        "Text",
        "Diagnostics",
        "Syntax",
        "Formatting",
        "Prelude",
        "Model",
        "Catalog",
        "Binding",
        "Semantics",
        "Validation",
        "Emit",
        "Output",
        "Documentation",
        "",
        "Hosting",
    };

    /// <summary>The floor of a namespace under TopoLang.Compiler: its first part; "" for the root itself.</summary>
    public static string Of(string @namespace)
    {
        const string prefix = "TopoLang.Compiler";
        if (@namespace == prefix)
        {
            return string.Empty;
        }

        var rest = @namespace[(prefix.Length + 1)..];
        var dot = rest.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? rest : rest[..dot];
    }

    public static bool IsCompilerNamespace(string @namespace) =>
        @namespace == "TopoLang.Compiler" || @namespace.StartsWith("TopoLang.Compiler.", StringComparison.Ordinal);

    public static int Level(string floor)
    {
        for (var i = 0; i < Order.Count; i++)
        {
            if (Order[i] == floor)
            {
                return i;
            }
        }

        throw new ArgumentException($"'{floor}' is no floor of src/Compiler: add it to {nameof(CompilerFloors)}.{nameof(Order)} and docs/architecture.md", nameof(floor));
    }
}
