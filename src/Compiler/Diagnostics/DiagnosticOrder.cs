using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace TopoLang.Compiler.Diagnostics;

/// <summary>
/// The order every output uses: file path (ordinal); in a file, its syntax errors (TOPO0xxx)
/// first, since the rest may follow from them; then start position and code. Span end and
/// message break the remaining ties so output is the same bytes on every run, whatever order
/// the stages reported in.
/// </summary>
public sealed class DiagnosticOrder : IComparer<Diagnostic>
{
    public static DiagnosticOrder Instance { get; } = new();

    private DiagnosticOrder()
    {
    }

    /// <summary>The diagnostics sorted into this order.</summary>
    public static ImmutableArray<Diagnostic> Sort(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Order(Instance).ToImmutableArray();

    public int Compare(Diagnostic? x, Diagnostic? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        var byPath = string.CompareOrdinal(x.Location.Path, y.Location.Path);
        if (byPath != 0)
        {
            return byPath;
        }

        var bySyntax = IsSyntax(y).CompareTo(IsSyntax(x));
        if (bySyntax != 0)
        {
            return bySyntax;
        }

        var byStart = x.Location.Span.Start.CompareTo(y.Location.Span.Start);
        if (byStart != 0)
        {
            return byStart;
        }

        var byCode = string.CompareOrdinal(x.Code, y.Code);
        if (byCode != 0)
        {
            return byCode;
        }

        var byEnd = x.Location.Span.End.CompareTo(y.Location.Span.End);
        return byEnd != 0 ? byEnd : string.CompareOrdinal(x.Message, y.Message);
    }

    private static bool IsSyntax(Diagnostic diagnostic) => diagnostic.Code.StartsWith("TOPO0", System.StringComparison.Ordinal);
}
