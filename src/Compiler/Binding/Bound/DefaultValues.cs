using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using TopoLang.Compiler.Binding.Schema;
using TopoLang.Compiler.Diagnostics;
using TopoLang.Compiler.Syntax;
using TopoLang.Compiler.Text;

namespace TopoLang.Compiler.Binding.Bound;

/// <summary>
/// The schema writes defaults as TopoLang text (`2 GiB`, `[net, block]`); they are bound once,
/// by the same value binder as user input.
/// </summary>
internal static class DefaultValues
{
    private static readonly ConcurrentDictionary<EntrySpec, BoundValue?> Cache = new(ReferenceEqualityComparer.Instance);

    /// <summary>The default, bound once; its location is the schema's, not the user's.</summary>
    public static BoundValue? Get(EntrySpec spec) => spec.Default is null ? null : Cache.GetOrAdd(spec, Bind);

    private static BoundValue? Bind(EntrySpec spec)
    {
        if (spec.Default is null || spec.Slots.IsEmpty)
        {
            return null;
        }

        var source = SourceText.From(spec.Word + " " + spec.Default, "<schema>");
        var tree = SyntaxTree.Parse(source);
        var entry = (EntryStatementSyntax)tree.Root.Statements[0];
        var diagnostics = new DiagnosticBag();
        var value = new ValueBinder(diagnostics).Bind(spec.Slots[0].Spec, entry.Values[0], source, Scope.Empty, spec.Word);
        if (diagnostics.Count > 0 || tree.Diagnostics.Length > 0)
        {
            throw new InvalidOperationException($"The schema's default '{spec.Default}' for '{spec.Word}' does not bind: {diagnostics.First().Message}");
        }

        return value;
    }
}
