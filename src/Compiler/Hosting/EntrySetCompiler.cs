using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using TopoLang.Compiler.Binding.Imports;

namespace TopoLang.Compiler.Hosting;

/// <summary>
/// Compiles entry files in the order given. A file left to the imports to decide is skipped when
/// an entry compiled before it imports it, and dropped when one compiled after it does. Params
/// given to all apply to each topology that declares them (<see cref="ParametersPerTopology"/>).
/// </summary>
public static class EntrySetCompiler
{
    public static CompiledEntrySet Compile(IEnumerable<EntryCandidate> ordered, TopoCompilationOptions options)
    {
        var (compiled, imported, unreadable) = CompileUnlessImported(ordered, options);
        var entries = compiled.Where(e => e.Candidate.Entry == true || !imported.Contains(e.Candidate.FullPath)).ToList();
        var withOwnParameters = ParametersPerTopology.Apply(
            entries.Select(e => new Recompiled(e, null)).ToList(),
            r => r.Entry.Compilation,
            (r, own) => Recompile(r.Entry, own),
            options);
        var parameterErrors = ParametersPerTopology.UsageErrors(withOwnParameters.Select(r => r.Entry.Compilation));
        return new CompiledEntrySet(
            withOwnParameters.Select(r => r.Entry).ToImmutableArray(),
            unreadable.AddRange(withOwnParameters.Select(r => r.Unreadable).OfType<UnreadableEntry>()),
            parameterErrors.ToImmutableArray());
    }

    private static (List<CompiledEntry> Compiled, HashSet<string> Imported, ImmutableArray<UnreadableEntry> Unreadable) CompileUnlessImported(
        IEnumerable<EntryCandidate> ordered, TopoCompilationOptions options)
    {
        var imported = new HashSet<string>(FilePathComparison.Comparer);
        var compiled = new List<CompiledEntry>();
        var unreadable = ImmutableArray.CreateBuilder<UnreadableEntry>();
        foreach (var candidate in ordered)
        {
            if (candidate.Entry is null && imported.Contains(candidate.FullPath))
            {
                continue;
            }

            var load = EntryFileLoader.Load(candidate, options);
            if (load.Compilation is null)
            {
                unreadable.Add(load.Unreadable!);
                continue;
            }

            compiled.Add(new CompiledEntry(candidate, load.Compilation));
            imported.UnionWith(load.Compilation.Units.Where(u => u.Kind == SourceUnitKind.Import).Select(u => u.FullPath));
        }

        return (compiled, imported, unreadable.ToImmutable());
    }

    /// <summary>A file that can no longer be read keeps its first compilation; the failure is reported.</summary>
    private static Recompiled Recompile(CompiledEntry entry, TopoCompilationOptions options)
    {
        var load = EntryFileLoader.Load(entry.Candidate, options);
        return load.Compilation is null ? new Recompiled(entry, load.Unreadable) : new Recompiled(entry with { Compilation = load.Compilation }, null);
    }

    private sealed record Recompiled(CompiledEntry Entry, UnreadableEntry? Unreadable);
}
