using System;
using System.Collections.Generic;

namespace TopoLang.Compiler.Diagnostics;

// Placeholder until the diagnostics branch lands.
public sealed class DiagnosticOrder : IComparer<Diagnostic>
{
    public static readonly DiagnosticOrder Instance = new();

    public int Compare(Diagnostic? x, Diagnostic? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : -1) : 1;
        }

        var byPath = string.CompareOrdinal(x.Location.Path, y.Location.Path);
        if (byPath != 0)
        {
            return byPath;
        }

        var byPosition = x.Location.Span.Start.CompareTo(y.Location.Span.Start);
        return byPosition != 0 ? byPosition : string.CompareOrdinal(x.Code, y.Code);
    }
}
