using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using TopoLang.Compiler.Text;

namespace TopoLang.Compiler.Diagnostics;

/// <summary>
/// The one place every stage reports into. A diagnostic equal to one already reported (code,
/// file, span and message: a fault inside a loop body, once per turn) is kept once; warnings the
/// options suppress are dropped; past <see cref="CompilerLimits.MaxDiagnostics"/> the rest are
/// dropped and one TOPO9001 says so, so that no input can make the compiler hold or print
/// millions of diagnostics.
/// </summary>
public sealed class DiagnosticBag : IEnumerable<Diagnostic>
{
    private readonly List<Diagnostic> _diagnostics = new();
    private readonly HashSet<(string Code, string Path, TextSpan Span, string Message)> _seen = new();
    private readonly DiagnosticOptions? _options;
    private bool _truncated;

    public DiagnosticBag(DiagnosticOptions? options = null)
    {
        _options = options;
    }

    public int Count => _diagnostics.Count;

    /// <summary>An empty bag that takes and drops what this one would: for work done beside it, added to it later.</summary>
    public DiagnosticBag WithSameOptions() => new(_options);

    /// <summary>True once the limit is reached: later diagnostics are dropped, so a rule may stop looking.</summary>
    public bool IsFull => _seen.Count >= CompilerLimits.MaxDiagnostics;

    /// <summary>False when a diagnostic of <paramref name="descriptor"/> would be dropped unseen: suppressed (`--nowarn`), or the bag is full.</summary>
    public bool Takes(DiagnosticDescriptor descriptor) =>
        !IsFull && !(_options is not null && descriptor.DefaultSeverity == DiagnosticSeverity.Warning && _options.NoWarnCodes.Contains(descriptor.Code));

    public void Add(Diagnostic diagnostic)
    {
        if (_options is not null && _options.Suppresses(diagnostic))
        {
            return;
        }

        if (IsFull)
        {
            if (!_truncated && !_seen.Contains(Key(diagnostic)))
            {
                _truncated = true;
                _diagnostics.Add(TooMany(diagnostic.Location));
            }

            return;
        }

        if (_seen.Add(Key(diagnostic)))
        {
            _diagnostics.Add(diagnostic);
        }
    }

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            Add(diagnostic);
        }
    }

    public ImmutableArray<Diagnostic> ToImmutable() => _diagnostics.ToImmutableArray();

    public IEnumerator<Diagnostic> GetEnumerator() => _diagnostics.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static readonly string TooManyMessage =
        string.Create(CultureInfo.InvariantCulture, $"more than the limit of {CompilerLimits.MaxDiagnostics:N0} diagnostics; the rest are not reported");

    /// <summary>The TOPO9001 that stands for every diagnostic past the limit, at the first one dropped.</summary>
    public static Diagnostic TooMany(SourceLocation location) =>
        DiagnosticFactory.LimitExceeded(location, TooManyMessage);

    public static bool IsTooMany(Diagnostic diagnostic) =>
        diagnostic.Descriptor == DiagnosticCatalog.LimitExceeded && diagnostic.Message == TooManyMessage;

    private static (string, string, TextSpan, string) Key(Diagnostic diagnostic) =>
        (diagnostic.Code, diagnostic.Location.Path, diagnostic.Location.Span, diagnostic.Message);
}
