using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using TopoLang.Compiler.Binding.Bound;
using TopoLang.Compiler.Binding.Imports;
using TopoLang.Compiler.Binding.Schema;
using TopoLang.Compiler.Diagnostics;
using TopoLang.Compiler.Model;
using TopoLang.Compiler.Syntax;
using TopoLang.Compiler.Text;

namespace TopoLang.Compiler.Binding;

/// <summary>
/// Binds a topology's files (the prelude, the entry file, its imports) into one model: params
/// first, then the headers (<see cref="Begin"/>), then every entry against the schema, a file or
/// a statement at a time, then references, then the names that params and loop variables may
/// not share with entities (<see cref="Finish"/>). <see cref="EntryFileBinder"/> drives it.
/// </summary>
internal sealed class TopologyBinder
{
    private readonly DiagnosticBag _diagnostics;
    private readonly SymbolTable _symbols;
    private readonly BlockBinder _blocks;

    private readonly bool _keepBoundBlocks;
    private readonly HashSet<BoundEntry> _builtIn = new(ReferenceEqualityComparer.Instance);
    private Started? _started;

    /// <param name="keepBoundBlocks">Keep the bound blocks of hosts, networks and deployments in <see cref="BindingResult.Root"/> (they are let go once projected).</param>
    /// <param name="recordReferences">Record each resolved reference and each use of a variable in the symbol table (<see cref="TopoCompilationOptions.RecordReferences"/>).</param>
    public TopologyBinder(DiagnosticBag diagnostics, bool keepBoundBlocks = false, bool recordReferences = true)
    {
        _diagnostics = diagnostics;
        _keepBoundBlocks = keepBoundBlocks;
        _symbols = new SymbolTable(recordReferences);
        _blocks = new BlockBinder(diagnostics, _symbols);
    }

    /// <summary>Everything binding knows once the params and headers of every file are read.</summary>
    private sealed record Started(
        ImmutableArray<SourceUnit> Units,
        SourceUnit Entry,
        ParamBinder Params,
        Scope Scope,
        ImmutableArray<ParamModel> ParamModels,
        ImmutableArray<Variable> ParamVariables,
        string? Name,
        string? Namespace,
        ReferenceResolver References,
        TopLevelProjection Projection,
        BoundBlock Root);

    /// <summary>
    /// Reads the params and headers of every file (from <see cref="SourceUnit.Preamble"/>); the
    /// entries come after, a file at a time (<see cref="BindUnit"/>) or, for an entry file bound
    /// as it is parsed, a statement at a time (<see cref="BindTopLevel"/>).
    /// </summary>
    public void Begin(ImmutableArray<SourceUnit> units, IReadOnlyDictionary<string, string> parameters)
    {
        _symbols.EnsureCapacity(ExpectedSymbols(units));
        var paramBinder = new ParamBinder(_diagnostics, _blocks.Values);
        var (scope, paramModels, paramVariables) = paramBinder.Bind(units, parameters);
        var entry = units.First(unit => unit.Kind == SourceUnitKind.Entry);
        var (name, @namespace) = BindHeaders(units);
        var references = new ReferenceResolver(_diagnostics, _symbols);
        var projection = new TopLevelProjection(references, _keepBoundBlocks);
        var root = new BoundBlock(TopoSchema.File, new SourceLocation(entry.Tree.Text, new TextSpan(0, 0)), admit: projection.Admit);
        _started = new Started(units, entry, paramBinder, scope, paramModels, paramVariables, name, @namespace, references, projection, root);
    }

    // A declaration takes 160 bytes or more of source (a generated fleet's guest 165, the examples'
    // entities 170-270): sized from the text, the table of a 100,000-guest fleet is made once
    // instead of doubled eight times, each outgrown table left on the large object heap until a
    // full collection. A file of loops declares more than this and grows the table as before.
    private const int BytesPerDeclaration = 160;

    private static int ExpectedSymbols(ImmutableArray<SourceUnit> units) =>
        (int)System.Math.Min(units.Sum(unit => (long)unit.Tree.Text.Length) / BytesPerDeclaration, 1 << 24);

    /// <summary>Binds the top-level statements of one file; the prelude's entries are marked built in.</summary>
    public void BindUnit(SourceUnit unit)
    {
        var started = Require();
        var before = started.Root.Entries.Count;
        _blocks.BindStatements(unit.Tree.Root.Statements, unit.Tree.Text, started.Scope, started.Root, BlockPath.TopLevel, topLevel: true);
        if (unit.Kind == SourceUnitKind.Prelude)
        {
            _builtIn.UnionWith(started.Root.Entries.Skip(before));
        }
    }

    /// <summary>Binds one top-level statement of a file.</summary>
    public void BindTopLevel(StatementSyntax statement, SourceText source)
    {
        var started = Require();
        _blocks.BindTopLevel(statement, source, started.Scope, started.Root);
    }

    /// <summary>Checks the references and the names of params and loop variables, and builds the model.</summary>
    public BindingResult Finish()
    {
        var started = Require();
        started.References.Resolve();
        CheckVariableNames(started.ParamVariables.Concat(_blocks.LoopVariables), started.Units);
        var model = ModelBuilder.Build(started.Name ?? DefaultName(started.Entry), started.Namespace, started.ParamModels, started.Root, started.Projection, _builtIn);
        CheckInstanceCopies(model);
        return new BindingResult(model, started.Root, _symbols, started.Params.UsageErrors.ToImmutableArray());
    }

    private Started Require() => _started ?? throw new System.InvalidOperationException("Begin binds the params and headers first.");

    /// <summary>
    /// An instance's copies (`count`) are written out one by one (a Heat server, a CloudStack
    /// deployVirtualMachine each): all instances together may ask for as many copies as the
    /// topology may have entities, or a few lines could ask for a million copies of a million
    /// instances.
    /// </summary>
    private void CheckInstanceCopies(TopologyModel model)
    {
        long copies = 0;
        foreach (var instance in model.Deployments.SelectMany(deployment => deployment.Instances))
        {
            copies += instance.Count.Value;
            if (copies > CompilerLimits.MaxEntities)
            {
                _diagnostics.Add(DiagnosticFactory.LimitExceeded(
                    instance.Count.Location,
                    string.Create(CultureInfo.InvariantCulture, $"the instances have {copies:N0} copies in all, more than the limit of {CompilerLimits.MaxEntities:N0} in a topology ('{instance.Name.Value}' has {instance.Count.Value:N0})")));
                return;
            }
        }
    }

    /// <summary>`topology` and `namespace`: once each, in the entry file, before anything else.</summary>
    private (string? Name, string? Namespace) BindHeaders(ImmutableArray<SourceUnit> units)
    {
        string? name = null, @namespace = null;
        var seen = new Dictionary<SyntaxKind, HeaderStatementSyntax>();
        foreach (var unit in units)
        {
            var seenOther = false;
            foreach (var statement in unit.Preamble)
            {
                if (statement is not HeaderStatementSyntax header)
                {
                    seenOther |= statement is not ErrorStatementSyntax;
                    continue;
                }

                var text = unit.Tree.Text;
                var word = text.ToString(header.Keyword.Span);
                var location = new SourceLocation(text, header.Keyword.Span);
                if (unit.Kind != SourceUnitKind.Entry)
                {
                    _diagnostics.Add(DiagnosticFactory.EntryNotAllowed(location, word, "an imported file", $"; '{word}' is only allowed in the entry file"));
                }
                else if (seenOther)
                {
                    _diagnostics.Add(DiagnosticFactory.EntryNotAllowed(location, word, "the middle of a file", $"; '{word}' must come before any other statement"));
                }
                else if (seen.TryGetValue(header.Keyword.Kind, out var first))
                {
                    _diagnostics.Add(DiagnosticFactory.DuplicateEntry(location, word, "the entry file")
                        .WithRelated(new RelatedLocation(new SourceLocation(text, first.Keyword.Span), "given first here")));
                }
                else
                {
                    seen.Add(header.Keyword.Kind, header);
                    if (header.IsNamespace)
                    {
                        @namespace = header.Name;
                    }
                    else
                    {
                        name = header.Name;
                    }
                }
            }
        }

        return (name, @namespace);
    }

    /// <summary>Params and loop variables may not share a name with an entity (TOPO1002 at whichever comes second).</summary>
    private void CheckVariableNames(IEnumerable<Variable> variables, ImmutableArray<SourceUnit> units)
    {
        var order = units.Select((unit, index) => (unit.Tree.Text, index)).ToDictionary(p => p.Text, p => p.index);
        var reported = new HashSet<(string, int)>();
        foreach (var variable in variables)
        {
            var symbol = _symbols.Find(variable.Name);
            if (symbol is null || !reported.Add((variable.Name, variable.Location.Span.Start)))
            {
                continue;
            }

            var variableFirst = Compare(order, variable.Location, symbol.Location) < 0;
            var (later, earlier, earlierKind) = variableFirst
                ? (symbol.Location, variable.Location, variable.Kind)
                : (variable.Location, symbol.Location, symbol.Word);
            _diagnostics.Add(DiagnosticFactory.DuplicateName(later, variable.Name, earlierKind)
                .WithRelated(new RelatedLocation(earlier, $"the {earlierKind} '{variable.Name}' is declared here")));
        }
    }

    private static int Compare(Dictionary<SourceText, int> order, SourceLocation a, SourceLocation b)
    {
        var byFile = order.GetValueOrDefault(a.Source).CompareTo(order.GetValueOrDefault(b.Source));
        return byFile != 0 ? byFile : a.Span.Start.CompareTo(b.Span.Start);
    }

    /// <summary>The entry file's base name, used as given (docs/language.md, "Grammar").</summary>
    private static string DefaultName(SourceUnit entry) =>
        Path.GetFileNameWithoutExtension(entry.Tree.Text.Path) is { Length: > 0 } name ? name : "topology";
}
