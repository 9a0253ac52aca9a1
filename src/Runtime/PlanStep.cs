using System.Collections.Generic;

namespace TopoLang.Runtime
{
    /// <summary>One step of a deployment plan, such as <c>define-guest</c> for a guest.</summary>
    public sealed class PlanStep
    {
        /// <summary>Creates a plan step.</summary>
        /// <param name="id">Its id, unique in the plan.</param>
        /// <param name="kind">What it does, such as <c>validate-host</c> or <c>define-guest</c>.</param>
        /// <param name="target">The name of what it acts on.</param>
        /// <param name="dependsOn">The ids of the steps that must finish first.</param>
        /// <param name="artifact">The path of the artifact it uses, relative to the topology's output folder, if any.</param>
        /// <param name="command">The command it runs, as an argv array, if any.</param>
        /// <exception cref="System.ArgumentNullException"><paramref name="id"/>, <paramref name="kind"/>, <paramref name="target"/> or <paramref name="dependsOn"/> is null.</exception>
        /// <exception cref="System.ArgumentException">A list holds null.</exception>
        public PlanStep(string id, string kind, string target, IReadOnlyList<string> dependsOn, string? artifact, IReadOnlyList<string>? command)
        {
            Id = Guard.NotNull(id, nameof(id));
            Kind = Guard.NotNull(kind, nameof(kind));
            Target = Guard.NotNull(target, nameof(target));
            DependsOn = ReadOnly.Copy(dependsOn, nameof(dependsOn));
            Artifact = artifact;
            Command = command == null ? null : ReadOnly.Copy(command, nameof(command));
        }

        // The lists first: the public constructor's parameters, taken as they are.
        private PlanStep(IReadOnlyList<string> dependsOn, IReadOnlyList<string>? command, string id, string kind, string target, string? artifact)
        {
            Id = id;
            Kind = kind;
            Target = target;
            DependsOn = dependsOn;
            Artifact = artifact;
            Command = command;
        }

        /// <summary>
        /// A step over arrays no one will change (the compiler's immutable ones), wrapped rather than
        /// copied: a fleet's plan has 300,000 steps, each with two lists.
        /// </summary>
        internal static PlanStep Sharing(string id, string kind, string target, string[] dependsOn, string? artifact, string[] command) =>
            new PlanStep(ReadOnly.Wrap(dependsOn), ReadOnly.Wrap(command), id, kind, target, artifact);

        /// <summary>Its id, unique in the plan.</summary>
        public string Id { get; }

        /// <summary>What it does, such as <c>define-guest</c>.</summary>
        public string Kind { get; }

        /// <summary>The name of what it acts on.</summary>
        public string Target { get; }

        /// <summary>The ids of the steps that must finish first.</summary>
        public IReadOnlyList<string> DependsOn { get; }

        /// <summary>The path of the artifact it uses, if any.</summary>
        public string? Artifact { get; }

        /// <summary>The command it runs, as an argv array, if any.</summary>
        public IReadOnlyList<string>? Command { get; }

        /// <summary>The id, kind and target, for messages and debugging.</summary>
        /// <returns>Such as <c>define-guest:web-1 (define-guest web-1)</c>.</returns>
        public override string ToString() => $"{Id} ({Kind} {Target})";
    }
}
