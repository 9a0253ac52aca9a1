using System;
using System.Collections.Generic;

namespace TopoLang.Runtime
{
    /// <summary>
    /// The steps that bring a topology up, as a graph of dependencies, and the same steps
    /// grouped into stages whose steps can run in parallel.
    /// </summary>
    public sealed class DeploymentPlan
    {
        /// <summary>Creates a plan and computes its stages.</summary>
        /// <param name="steps">The steps, in a stable order (kept inside each stage).</param>
        /// <exception cref="ArgumentNullException"><paramref name="steps"/> is null.</exception>
        /// <exception cref="ArgumentException"><paramref name="steps"/> holds null.</exception>
        /// <exception cref="InvalidOperationException">
        /// Two steps share an id, a step depends on an id that is no step of the plan, or the
        /// dependencies form a cycle (the message names the cycle).
        /// </exception>
        public DeploymentPlan(IReadOnlyList<PlanStep> steps)
        {
            Steps = ReadOnly.Copy(steps, nameof(steps));
            Stages = PlanStages.Compute(Steps);
        }

        /// <summary>The steps, in the order given.</summary>
        public IReadOnlyList<PlanStep> Steps { get; }

        /// <summary>
        /// The topological levels: a step with no dependencies is in the first stage; any other
        /// step is in the stage after the latest stage of the steps it depends on. Within a stage
        /// the steps keep the order of <see cref="Steps"/>.
        /// </summary>
        public IReadOnlyList<IReadOnlyList<PlanStep>> Stages { get; }
    }
}
