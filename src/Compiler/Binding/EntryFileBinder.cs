using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using TopoLang.Compiler.Binding.Imports;
using TopoLang.Compiler.Syntax;

namespace TopoLang.Compiler.Binding;

/// <summary>
/// Binds the entry file while it is parsed, a top-level statement at a time, so that its syntax
/// never exists whole: a host's statements are garbage once the host is bound (at 100,000 guests
/// the whole tree was 125 MB, copied by the collector as it grew). Binding needs every param and
/// header first, so statements are held back until the file's last `import`, `param` or header
/// keyword has been read; in the usual file those come first and nothing waits for long.
/// </summary>
internal sealed class EntryFileBinder
{
    private readonly TopologyBinder _binder;
    private readonly Func<SourceUnit, ImmutableArray<SourceUnit>> _loadUnits;
    private readonly IReadOnlyDictionary<string, string> _parameters;
    private readonly string _entryFullPath;
    private readonly List<StatementSyntax> _heldBack = new();
    private SyntaxTree? _tree;

    /// <param name="loadUnits">Every file of the topology, in binding order, from the entry file's unit (the prelude, it, its imports).</param>
    public EntryFileBinder(TopologyBinder binder, Func<SourceUnit, ImmutableArray<SourceUnit>> loadUnits, IReadOnlyDictionary<string, string> parameters, string entryFullPath)
    {
        _binder = binder;
        _loadUnits = loadUnits;
        _parameters = parameters;
        _entryFullPath = entryFullPath;
    }

    /// <summary>Every file, once binding has begun.</summary>
    public ImmutableArray<SourceUnit> Units { get; private set; }

    /// <summary>Binds the entry file as it is read, a statement at a time, then its imports.</summary>
    public BindingResult Bind(TopLevelStatementReader reader)
    {
        _tree = reader.Tree;
        foreach (var statement in reader.ReadAll())
        {
            Take(statement, reader);
        }

        return Finish();
    }

    /// <summary>Binds the statement, or holds it back until the preamble is read; the reader recycles it otherwise.</summary>
    private void Take(StatementSyntax statement, TopLevelStatementReader reader)
    {
        if (Units.IsDefault && statement.Span.Start <= reader.LastDirectiveStart)
        {
            _heldBack.Add(statement);
            reader.KeepRead();
            return;
        }

        Begin();
        _binder.BindTopLevel(statement, Tree.Text);
    }

    /// <summary>After the parse: binds the imported files and finishes.</summary>
    private BindingResult Finish()
    {
        Begin();
        foreach (var unit in Units.Where(unit => unit.Kind == SourceUnitKind.Import))
        {
            _binder.BindUnit(unit);
        }

        return _binder.Finish();
    }

    private SyntaxTree Tree => _tree ?? throw new InvalidOperationException("The parse has not started.");

    /// <summary>Once the preamble is read: loads the imports, binds params and headers, the prelude, and what was held back.</summary>
    private void Begin()
    {
        if (!Units.IsDefault)
        {
            return;
        }

        var entry = new SourceUnit(Tree, _entryFullPath, SourceUnitKind.Entry) { Preamble = _heldBack.ToImmutableArray() };
        Units = _loadUnits(entry);
        _binder.Begin(Units, _parameters);
        foreach (var unit in Units.Where(unit => unit.Kind == SourceUnitKind.Prelude))
        {
            _binder.BindUnit(unit);
        }

        foreach (var statement in _heldBack)
        {
            _binder.BindTopLevel(statement, Tree.Text);
        }

        _heldBack.Clear();
    }
}
