using System;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace TopoLang.Tests.Ansible;

/// <summary>
/// Runs one ansible-playbook per topology, several at once. A run is the controller and, for
/// every task and loop item, a Python process that runs one module; they take turns and wait on
/// each other at the end of every task, so one run alone leaves part of the cores idle.
/// </summary>
internal static class CheckRuns
{
    /// <summary>Runs at once: one more than the cores, to fill the waits.</summary>
    private static int Degree => Environment.ProcessorCount + 1;

    /// <summary>The results of <paramref name="run"/> on every item, in the items' order.</summary>
    public static IReadOnlyList<TResult> InParallel<TItem, TResult>(IReadOnlyList<TItem> items, Func<TItem, TResult> run)
    {
        var results = new TResult[items.Count];
        Parallel.For(0, items.Count, new ParallelOptions { MaxDegreeOfParallelism = Degree }, i => results[i] = run(items[i]));
        return results;
    }
}
