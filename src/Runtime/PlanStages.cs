using System;
using System.Collections.Generic;
using System.Linq;

namespace TopoLang.Runtime
{
    /// <summary>Groups plan steps into topological levels, iteratively (no recursion on long chains).</summary>
    internal static class PlanStages
    {
        private const int Unvisited = -1;
        private const int InProgress = -2;

        public static IReadOnlyList<IReadOnlyList<PlanStep>> Compute(IReadOnlyList<PlanStep> steps)
        {
            var indexOf = IndexIds(steps);
            var dependencies = ResolveDependencies(steps, indexOf);
            var levels = ComputeLevels(steps, dependencies);

            var stageCount = 0;
            foreach (var level in levels)
            {
                stageCount = Math.Max(stageCount, level + 1);
            }

            var stages = new List<PlanStep>[stageCount];
            for (var i = 0; i < stageCount; i++)
            {
                stages[i] = new List<PlanStep>();
            }

            for (var i = 0; i < steps.Count; i++)
            {
                stages[levels[i]].Add(steps[i]);
            }

            var result = new IReadOnlyList<PlanStep>[stageCount];
            for (var i = 0; i < stageCount; i++)
            {
                result[i] = ReadOnly.Wrap(stages[i].ToArray());
            }

            return ReadOnly.Wrap(result);
        }

        private static Dictionary<string, int> IndexIds(IReadOnlyList<PlanStep> steps)
        {
            var indexOf = new Dictionary<string, int>(steps.Count, StringComparer.Ordinal);
            for (var i = 0; i < steps.Count; i++)
            {
                if (indexOf.ContainsKey(steps[i].Id))
                {
                    throw new InvalidOperationException($"The deployment plan has two steps with the id '{steps[i].Id}'.");
                }

                indexOf.Add(steps[i].Id, i);
            }

            return indexOf;
        }

        private static int[][] ResolveDependencies(IReadOnlyList<PlanStep> steps, Dictionary<string, int> indexOf)
        {
            var dependencies = new int[steps.Count][];
            for (var i = 0; i < steps.Count; i++)
            {
                var dependsOn = steps[i].DependsOn;
                var resolved = new int[dependsOn.Count];
                for (var d = 0; d < dependsOn.Count; d++)
                {
                    if (!indexOf.TryGetValue(dependsOn[d], out resolved[d]))
                    {
                        throw new InvalidOperationException(
                            $"Step '{steps[i].Id}' of the deployment plan depends on '{dependsOn[d]}', which is no step of the plan.");
                    }
                }

                dependencies[i] = resolved;
            }

            return dependencies;
        }

        /// <summary>Depth-first from each step in order; a dependency met while in progress closes a cycle.</summary>
        private static int[] ComputeLevels(IReadOnlyList<PlanStep> steps, int[][] dependencies)
        {
            var levels = new int[steps.Count];
            for (var i = 0; i < levels.Length; i++)
            {
                levels[i] = Unvisited;
            }

            var path = new List<int>();
            var nextDependency = new List<int>();
            for (var start = 0; start < steps.Count; start++)
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
                    var deps = dependencies[step];
                    if (nextDependency[top] < deps.Length)
                    {
                        var dependency = deps[nextDependency[top]++];
                        if (levels[dependency] == InProgress)
                        {
                            throw new InvalidOperationException(
                                "The deployment plan has a dependency cycle: " + DescribeCycle(steps, path, dependency) + " (each step depends on the next).");
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
                    foreach (var dependency in deps)
                    {
                        level = Math.Max(level, levels[dependency] + 1);
                    }

                    levels[step] = level;
                    path.RemoveAt(top);
                    nextDependency.RemoveAt(top);
                }
            }

            return levels;
        }

        /// <summary>The cycle as the ids along it, from the step that closes it back to itself: <c>a -> b -> a</c>.</summary>
        private static string DescribeCycle(IReadOnlyList<PlanStep> steps, List<int> path, int closing)
        {
            var from = path.LastIndexOf(closing);
            var ids = path.Skip(from).Select(i => "'" + steps[i].Id + "'").ToList();
            ids.Add("'" + steps[closing].Id + "'");
            return string.Join(" -> ", ids);
        }
    }
}
