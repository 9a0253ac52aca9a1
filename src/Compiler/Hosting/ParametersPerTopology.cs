using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace TopoLang.Compiler.Hosting;

/// <summary>
/// Params given from outside (`topo -p`, the TopoParameters of MSBuild) to several topologies at
/// once apply to each topology that declares them: a name that one topology lacks but another
/// declares is dropped for the one that lacks it, which is compiled again without it. Only a name
/// that no topology declares stays, so that it is reported as a usage error.
/// </summary>
public static class ParametersPerTopology
{
    /// <summary>The entries, each compiled with the params that concern it.</summary>
    /// <param name="entries">Each topology, compiled with every given param.</param>
    /// <param name="compilationOf">The compilation of an entry.</param>
    /// <param name="recompile">Compiles an entry again with other options.</param>
    public static List<T> Apply<T>(IReadOnlyList<T> entries, Func<T, TopoCompilation> compilationOf, Func<T, TopoCompilationOptions, T> recompile, TopoCompilationOptions options)
    {
        var given = options.Parameters;
        var declaredAnywhere = entries.SelectMany(e => Declared(compilationOf(e))).ToHashSet(StringComparer.Ordinal);
        var result = new List<T>(entries.Count);
        foreach (var entry in entries)
        {
            var declared = Declared(compilationOf(entry)).ToHashSet(StringComparer.Ordinal);
            var concerns = (string name) => declared.Contains(name) || !declaredAnywhere.Contains(name);
            result.Add(given.Keys.All(concerns)
                ? entry
                : recompile(entry, options with { Parameters = given.Where(p => concerns(p.Key)).ToImmutableDictionary(StringComparer.Ordinal) }));
        }

        return result;
    }

    /// <summary>The usage errors of the params, each once (a name no topology declares, a value that does not fit).</summary>
    public static IReadOnlyList<string> UsageErrors(IEnumerable<TopoCompilation> compilations) =>
        compilations.SelectMany(c => c.UsageErrors).Distinct(StringComparer.Ordinal).ToList();

    private static IEnumerable<string> Declared(TopoCompilation compilation) => compilation.Model.Params.Select(p => p.Name);
}
