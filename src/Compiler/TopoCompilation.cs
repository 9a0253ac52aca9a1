using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using TopoLang.Compiler.Binding;
using TopoLang.Compiler.Binding.Imports;
using TopoLang.Compiler.Diagnostics;
using TopoLang.Compiler.Emit;
using TopoLang.Compiler.Emit.Ansible;
using TopoLang.Compiler.Emit.Targets;
using TopoLang.Compiler.Emit.CSharp;
using TopoLang.Compiler.Emit.Plan;
using TopoLang.Compiler.Model;
using TopoLang.Compiler.Prelude;
using TopoLang.Compiler.Semantics;
using TopoLang.Compiler.Syntax;
using TopoLang.Compiler.Text;
using TopoLang.Compiler.Validation;

namespace TopoLang.Compiler;

/// <summary>
/// The one entry point of the compiler: an entry file (one topology) and options in; syntax
/// trees, the bound model and diagnostics out. The CLI, the MSBuild task, the tests and the
/// benchmarks all go through it.
/// </summary>
public sealed class TopoCompilation
{
    private readonly ImmutableArray<Diagnostic> _diagnostics;
    private ImmutableArray<TargetArtifacts> _written;

    private TopoCompilation(TopoCompilationOptions options, ImmutableArray<SourceUnit> units, BindingResult binding, TopologySemantics semantics, ImmutableArray<Diagnostic> diagnostics)
    {
        Options = options;
        Units = units;
        Binding = binding;
        Semantics = semantics;
        _diagnostics = diagnostics;
    }

    public TopoCompilationOptions Options { get; }

    /// <summary>The prelude, the entry file and every file it imports, in the order they were read.</summary>
    public ImmutableArray<SourceUnit> Units { get; }

    /// <summary>The entry file's tree.</summary>
    public SyntaxTree SyntaxTree => Units.First(u => u.Kind == SourceUnitKind.Entry).Tree;

    public ImmutableArray<SyntaxTree> SyntaxTrees => Units.Select(u => u.Tree).ToImmutableArray();

    public BindingResult Binding { get; }

    /// <summary>The bound topology: the input of the rules and the emitters.</summary>
    public TopologyModel Model => Binding.Model;

    /// <summary>The analyses of the model that the rules and the emitters share, and the symbols with their references.</summary>
    public TopologySemantics Semantics { get; }

    /// <summary>Values given from outside (`-p`) that name no param or do not fit: usage errors (exit 2), not diagnostics of a file.</summary>
    public ImmutableArray<string> UsageErrors => Binding.UsageErrors;

    public static TopoCompilation Create(SourceText entry, TopoCompilationOptions? options = null) =>
        Compile(entry, null, options ?? TopoCompilationOptions.Default);

    /// <summary>Reads and compiles a file; a file that is not UTF-8 still compiles, with a TOPO0001.</summary>
    public static TopoCompilation FromFile(string path, TopoCompilationOptions? options = null)
    {
        options ??= TopoCompilationOptions.Default;
        var (text, encoding) = SourceFile.Read(path, options.StreamLargeFiles);
        return Compile(text, encoding, options);
    }

    private static TopoCompilation Compile(SourceText entry, Diagnostic? encoding, TopoCompilationOptions options)
    {
        var bag = new DiagnosticBag(options.Diagnostics);
        if (encoding is not null)
        {
            bag.Add(encoding);
        }

        var entryPath = Path.GetFullPath(entry.Path.Length > 0 ? entry.Path : "topology.topo");
        var root = options.ProjectRoot ?? Path.GetDirectoryName(entryPath) ?? Directory.GetCurrentDirectory();
        var loader = new ImportLoader(options.FileSystem, root, bag);
        var prelude = new SourceUnit(PreludeSource.SyntaxTree, PreludeSource.Path, SourceUnitKind.Prelude);
        var binder = new EntryFileBinder(new TopologyBinder(bag, options.KeepBoundBlocks, options.RecordReferences), unit => loader.Load(unit).Insert(0, prelude), options.Parameters, entryPath);
        var binding = binder.Bind(SyntaxTree.ReadStatementByStatement(entry, recycle: true, readAhead: TopLevelStatementReader.ReadingAheadPays(entry)));
        var units = binder.Units;
        var semantics = new TopologySemantics(binding.Model, binding.Symbols);
        RuleSet.Run(semantics, bag);
        var all = units.SelectMany(unit => unit.Tree.Diagnostics).Concat(bag);
        return new TopoCompilation(options, units, binding, semantics, Finish(all, options));
    }

    /// <summary>
    /// Applies the severity options, drops repeats (a fault inside a loop body is reported once,
    /// not once per iteration), orders them (<see cref="DiagnosticOrder"/>), and keeps at most
    /// <see cref="CompilerLimits.MaxDiagnostics"/> (each file's parse and the binder and rules
    /// are held to it on their own; together they may go past it).
    /// </summary>
    private static ImmutableArray<Diagnostic> Finish(IEnumerable<Diagnostic> diagnostics, TopoCompilationOptions options)
    {
        var seen = new HashSet<(string, string, TextSpan, string)>();
        var distinct = diagnostics.Where(d => seen.Add((d.Code, d.Location.Path, d.Location.Span, d.Message)));
        var ordered = options.Diagnostics.Apply(distinct).OrderBy(d => d, DiagnosticOrder.Instance).ToList();
        if (ordered.Count <= CompilerLimits.MaxDiagnostics || (ordered.Count == CompilerLimits.MaxDiagnostics + 1 && ordered.Any(DiagnosticBag.IsTooMany)))
        {
            return ordered.ToImmutableArray();
        }

        var kept = ordered.Take(CompilerLimits.MaxDiagnostics).ToList();
        if (!kept.Any(DiagnosticBag.IsTooMany))
        {
            kept.Add(DiagnosticBag.TooMany(ordered[CompilerLimits.MaxDiagnostics].Location));
        }

        return kept.OrderBy(d => d, DiagnosticOrder.Instance).ToImmutableArray();
    }

    /// <summary>
    /// The files a build writes for this topology, relative to its output folder. Nothing is
    /// emitted from a topology with errors: callers check <see cref="HasErrors"/> first.
    /// </summary>
    /// <param name="codeDirectory">
    /// The folder the C# file will be written to, so that its `#line` directives name the .topo
    /// files relative to it, as the C# compiler reads them; null: the paths as given.
    /// </param>
    /// <param name="outputDirectory">The topology's output folder, where the plan's commands run (see <see cref="Plan(string?)"/>).</param>
    public EmitResult Emit(string? codeDirectory = null, string? outputDirectory = null)
    {
        ThrowIfErrors();
        var targets = Written;
        var plan = Plan(targets, outputDirectory);
        var code = CSharpEmitter.Emit(Semantics, Options.DefaultNamespace, plan, codeDirectory, EntryDirectory);
        var planFile = GeneratedFile.WrittenBy(ArtifactPaths.Plan(new TopologyName(Model.Name)), output => PlanJsonWriter.Write(plan, output));
        var ansible = AnsibleFiles.Write(Model, plan, targets.SelectMany(target => target.Files).ToList());
        return new EmitResult(code, new EmittedPlan(planFile, plan), targets, ansible);
    }

    /// <summary>One target's files alone, such as the drawing `topo graph` prints: nothing else is written.</summary>
    public TargetArtifacts Emit(TargetKind target)
    {
        ThrowIfErrors();
        return Write(KnownTargets.Get(target));
    }

    /// <summary>The deployment plan of this topology (docs/plan-schema.md).</summary>
    /// <param name="outputDirectory">
    /// The topology's output folder: the plan's commands run from there, so its `topo probe`
    /// steps name the entry file (and --root) relative to it. Null: as they were given.
    /// </param>
    public DeploymentPlanModel Plan(string? outputDirectory = null) => Plan(Written, outputDirectory);

    /// <summary>
    /// Every target's files, written once: the CLI asks for the plan's value names before it
    /// emits, and the files do not depend on the output folder.
    /// </summary>
    private ImmutableArray<TargetArtifacts> Written
    {
        get
        {
            if (_written.IsDefault)
            {
                _written = KnownTargets.All.Select(Write).ToImmutableArray();
            }

            return _written;
        }
    }

    private DeploymentPlanModel Plan(ImmutableArray<TargetArtifacts> written, string? outputDirectory) =>
        PlanBuilder.Build(Semantics, ProbeArguments.For(Model, SyntaxTree.Text.Path, Options.Parameters, Options.ProjectRoot, outputDirectory), KnownTargets.All, written.SelectMany(target => target.Files), Options.Values);

    /// <summary>A target's files, with the operator's values filled in.</summary>
    private TargetArtifacts Write(ITarget target) =>
        new(target.Kind, target.Write(Semantics)
            .Select(file => PlaceholderFilling.Fill(file, Options.Values))
            .OrderBy(file => file.File.RelativePath, System.StringComparer.Ordinal)
            .ToImmutableArray());

    /// <summary>The names (`kind:key`) of every value an operator may give for this topology, sorted: the plan's placeholders.</summary>
    public IReadOnlyList<string> ValueNames() => Plan().Summary.Placeholders.Select(Placeholder.NameOf).ToList();

    private void ThrowIfErrors()
    {
        if (HasErrors)
        {
            throw new System.InvalidOperationException("A topology with errors is not emitted; check HasErrors first.");
        }
    }

    private string? EntryDirectory => SyntaxTree.Text.Path.Length == 0 ? null : Path.GetDirectoryName(Path.GetFullPath(SyntaxTree.Text.Path));

    /// <summary>Every diagnostic of every stage, ordered by file, position and code.</summary>
    public ImmutableArray<Diagnostic> GetDiagnostics() => _diagnostics;

    public bool HasErrors => _diagnostics.Any(diagnostic => diagnostic.IsError);
}
