using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using TopoLang.Compiler.Text;

namespace TopoLang.Compiler.Diagnostics;

/// <summary>The one place every stage reports into.</summary>
public sealed class DiagnosticBag : IEnumerable<Diagnostic>
{
    private readonly List<Diagnostic> _diagnostics = new();

    public int Count => _diagnostics.Count;

    public void Add(Diagnostic diagnostic) => _diagnostics.Add(diagnostic);

    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _diagnostics.AddRange(diagnostics);

    public Diagnostic Report(DiagnosticDescriptor descriptor, SourceLocation location, params object?[] args)
    {
        var diagnostic = Diagnostic.Create(descriptor, location, args);
        _diagnostics.Add(diagnostic);
        return diagnostic;
    }

    public ImmutableArray<Diagnostic> ToImmutable() => _diagnostics.ToImmutableArray();

    public IEnumerator<Diagnostic> GetEnumerator() => _diagnostics.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
