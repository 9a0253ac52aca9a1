namespace TopoLang.Runtime.Image
{
    /// <summary>
    /// The fields of a <see cref="PlanStep"/> the compiler made, over its arrays no one will
    /// change: what an image holds of a step. The compiler writes a plan's image from these,
    /// one at a time, rather than from a <see cref="DeploymentPlan"/>: a fleet's plan has 300,000
    /// steps, and the plan object a list of each step's lists and its stages besides, none of
    /// which the image needs.
    /// </summary>
    internal readonly struct PlanStepFields
    {
        public PlanStepFields(string id, string kind, string target, string[] dependsOn, string? artifact, string[] command)
        {
            Id = id;
            Kind = kind;
            Target = target;
            DependsOn = dependsOn;
            Artifact = artifact;
            Command = command;
        }

        public string Id { get; }

        public string Kind { get; }

        public string Target { get; }

        public string[] DependsOn { get; }

        public string? Artifact { get; }

        /// <summary>The argv array; empty, never null, when the step runs no command (as <see cref="PlanStep.Sharing"/> takes it).</summary>
        public string[] Command { get; }

        /// <summary>The step itself, sharing the arrays.</summary>
        public PlanStep ToPlanStep() => PlanStep.Sharing(Id, Kind, Target, DependsOn, Artifact, Command);
    }
}
