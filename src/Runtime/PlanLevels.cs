using System;
using System.Collections.Generic;
using System.Linq;

namespace TopoLang.Runtime
{
    /// <summary>
    /// The stage of each step of a plan: one more than the latest stage it depends on. Iterative
    /// (no recursion on long chains); duplicate ids, unknown dependencies and cycles are refused.
    /// The compiler's plan builder uses it too, so that a plan is staged one way only.
    /// </summary>
    internal static class PlanLevels
    {
        private const int Unvisited = -1;
        private const int InProgress = -2;

        /// <summary>The level of each step, by position; <paramref name="dependsOn"/>[i] names the ids step i waits for.</summary>
        public static int[] Of(IReadOnlyList<string> ids, IReadOnlyList<IReadOnlyList<string>> dependsOn)
        {
            var indexOf = IndexIds(ids);
            return ComputeLevels(ids, ResolveDependencies(ids, dependsOn, indexOf));
        }

        private static Dictionary<string, int> IndexIds(IReadOnlyList<string> ids)
        {
            var indexOf = new Dictionary<string, int>(ids.Count, StringComparer.Ordinal);
            for (var i = 0; i < ids.Count; i++)
            {
                if (indexOf.ContainsKey(ids[i]))
                {
                    throw new InvalidOperationException($"The deployment plan has two steps with the id '{ids[i]}'.");
                }

                indexOf.Add(ids[i], i);
            }

            return indexOf;
        }

        /// <summary>
        /// The index of every dependency, all steps' in one array: step i's are
        /// <c>all[starts[i]..starts[i + 1]]</c>. An array per step was most of what staging a
        /// fleet's 300,000 steps allocated.
        /// </summary>
        private static (int[] Starts, int[] All) ResolveDependencies(IReadOnlyList<string> ids, IReadOnlyList<IReadOnlyList<string>> dependsOnAll, Dictionary<string, int> indexOf)
        {
            var starts = new int[ids.Count + 1];
            for (var i = 0; i < ids.Count; i++)
            {
                starts[i + 1] = starts[i] + dependsOnAll[i].Count;
            }

            var all = new int[starts[ids.Count]];
            for (var i = 0; i < ids.Count; i++)
            {
                var dependsOn = dependsOnAll[i];
                for (var d = 0; d < dependsOn.Count; d++)
                {
                    if (!indexOf.TryGetValue(dependsOn[d], out all[starts[i] + d]))
                    {
                        throw new InvalidOperationException(
                            $"Step '{ids[i]}' of the deployment plan depends on '{dependsOn[d]}', which is no step of the plan.");
                    }
                }
            }

            return (starts, all);
        }

        /// <summary>Depth-first from each step in order; a dependency met while in progress closes a cycle.</summary>
        private static int[] ComputeLevels(IReadOnlyList<string> ids, (int[] Starts, int[] All) dependencies)
        {
            var levels = new int[ids.Count];
            for (var i = 0; i < levels.Length; i++)
            {
                levels[i] = Unvisited;
            }

            var path = new List<int>();
            var nextDependency = new List<int>();
            for (var start = 0; start < ids.Count; start++)
            {
                if (levels[start] != Unvisited)
                {
                    continue;
                }

                levels[start] = InProgress;
                path.Add(start);
                nextDependency.Add(0);
                while (path.Count > 0)
                {
                    var top = path.Count - 1;
                    var step = path[top];
                    var (first, end) = (dependencies.Starts[step], dependencies.Starts[step + 1]);
                    if (first + nextDependency[top] < end)
                    {
                        var dependency = dependencies.All[first + nextDependency[top]++];
                        if (levels[dependency] == InProgress)
                        {
                            throw new InvalidOperationException(
                                "The deployment plan has a dependency cycle: " + DescribeCycle(ids, path, dependency) + " (each step depends on the next).");
                        }

                        if (levels[dependency] == Unvisited)
                        {
                            levels[dependency] = InProgress;
                            path.Add(dependency);
                            nextDependency.Add(0);
                        }

                        continue;
                    }

                    var level = 0;
                    for (var d = first; d < end; d++)
                    {
                        level = Math.Max(level, levels[dependencies.All[d]] + 1);
                    }

                    levels[step] = level;
                    path.RemoveAt(top);
                    nextDependency.RemoveAt(top);
                }
            }

            return levels;
        }

        /// <summary>The cycle as the ids along it, from the step that closes it back to itself: <c>a -> b -> a</c>.</summary>
        private static string DescribeCycle(IReadOnlyList<string> ids, List<int> path, int closing)
        {
            var from = path.LastIndexOf(closing);
            var along = path.Skip(from).Select(i => "'" + ids[i] + "'").ToList();
            along.Add("'" + ids[closing] + "'");
            return string.Join(" -> ", along);
        }
    }
}
