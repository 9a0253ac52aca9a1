using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace TopoLang.Compiler.Diagnostics;

/// <summary>
/// What `--warnaserror`, `--error CODE,...` and `--nowarn CODE,...` ask for. Codes compare
/// case-insensitively, whatever comparer the set they were given uses.
/// </summary>
public sealed record DiagnosticOptions
{
    private static readonly ImmutableHashSet<string> NoCodes =
        ImmutableHashSet.Create<string>(StringComparer.OrdinalIgnoreCase);

    private readonly ImmutableHashSet<string> _errorCodes = NoCodes;
    private readonly ImmutableHashSet<string> _noWarnCodes = NoCodes;

    public static DiagnosticOptions Default { get; } = new();

    /// <summary>Every warning becomes an error.</summary>
    public bool WarningsAsErrors { get; init; }

    /// <summary>Warnings with these codes become errors.</summary>
    public ImmutableHashSet<string> ErrorCodes
    {
        get => _errorCodes;
        init => _errorCodes = value.WithComparer(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Warnings with these codes are dropped. Errors are never dropped.</summary>
    public ImmutableHashSet<string> NoWarnCodes
    {
        get => _noWarnCodes;
        init => _noWarnCodes = value.WithComparer(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The diagnostics with suppressed warnings removed and promoted ones made errors.</summary>
    public IEnumerable<Diagnostic> Apply(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            if (!IsSuppressed(diagnostic))
            {
                yield return Promote(diagnostic);
            }
        }
    }

    /// <summary>True for a warning that `--nowarn` drops.</summary>
    public bool Suppresses(Diagnostic diagnostic) => IsSuppressed(diagnostic);

    // Decided on the severity before promotion, as the C# compiler does: --nowarn wins over
    // --warnaserror, so one noisy code can be silenced in a build that hardens all the others.
    private bool IsSuppressed(Diagnostic diagnostic) =>
        diagnostic.Severity == DiagnosticSeverity.Warning && _noWarnCodes.Contains(diagnostic.Code);

    private Diagnostic Promote(Diagnostic diagnostic) =>
        diagnostic.Severity == DiagnosticSeverity.Warning && (WarningsAsErrors || _errorCodes.Contains(diagnostic.Code))
            ? diagnostic with { Severity = DiagnosticSeverity.Error }
            : diagnostic;
}
