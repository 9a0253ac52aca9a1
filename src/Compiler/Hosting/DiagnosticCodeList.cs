using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using TopoLang.Compiler.Diagnostics;

namespace TopoLang.Compiler.Hosting;

/// <summary>Reads lists of diagnostic codes (`--nowarn`, `--error`, TopoNoWarn, $(WarningsAsErrors)) into sets of known codes.</summary>
public static class DiagnosticCodeList
{
    /// <summary>How codes are separated on the command line: `--error TOPO2003,TOPO4002`.</summary>
    public static IReadOnlyList<char> CommandLineSeparators { get; } = new[] { ',', ';' };

    /// <summary>How MSBuild properties separate them; $(NoWarn) is often written with spaces and newlines.</summary>
    public static IReadOnlyList<char> PropertySeparators { get; } = new[] { ',', ';', ' ', '\t', '\n', '\r' };

    /// <summary>Codes compare ignoring case, as <see cref="DiagnosticOptions"/> does.</summary>
    public static ParsedCodes Parse(IEnumerable<string> values, IReadOnlyList<char> separators)
    {
        var codes = values
            .SelectMany(value => value.Split(separators.ToArray(), StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToList();
        return new ParsedCodes(
            codes.Where(IsKnown).ToImmutableHashSet(StringComparer.OrdinalIgnoreCase),
            codes.Where(code => !IsKnown(code)).ToImmutableArray());
    }

    private static bool IsKnown(string code) => DiagnosticCatalog.TryGet(code, out _);
}
