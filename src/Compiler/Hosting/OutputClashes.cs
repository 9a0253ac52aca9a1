using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;

namespace TopoLang.Compiler.Hosting;

/// <summary>
/// Finds items that would write one output, such as two topologies of one name writing one folder.
/// Keys compare ignoring case, since they collide on file systems that do, and a build should not
/// depend on which one it runs on.
/// </summary>
public static class OutputClashes
{
    /// <summary>
    /// Each item whose key (any of <paramref name="outputsOf"/>) an earlier item already has,
    /// with that earlier item; a clashing item claims none of its keys.
    /// </summary>
    public static IReadOnlyList<OutputClash<T>> Find<T>(IEnumerable<T> items, params Func<T, string>[] outputsOf)
    {
        var owners = outputsOf.Select(_ => new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase)).ToList();
        var clashes = new List<OutputClash<T>>();
        foreach (var item in items)
        {
            var keys = outputsOf.Select(output => output(item)).ToList();
            if (TryFindOwner(owners, keys, out var owner))
            {
                clashes.Add(new OutputClash<T>(owner, item));
                continue;
            }

            for (var i = 0; i < keys.Count; i++)
            {
                owners[i].Add(keys[i], item);
            }
        }

        return clashes;
    }

    private static bool TryFindOwner<T>(List<Dictionary<string, T>> owners, List<string> keys, [MaybeNullWhen(false)] out T owner)
    {
        for (var i = 0; i < keys.Count; i++)
        {
            if (owners[i].TryGetValue(keys[i], out owner))
            {
                return true;
            }
        }

        owner = default;
        return false;
    }
}
