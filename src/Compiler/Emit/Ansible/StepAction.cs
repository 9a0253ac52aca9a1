using System.Collections.Immutable;
using TopoLang.Compiler.Emit.Plan;
using TopoLang.Compiler.Emit.Yaml;

namespace TopoLang.Compiler.Emit.Ansible;

/// <summary>What Ansible does for one plan step: the task it is an item of, the item, and the build's files it needs in the run folder.</summary>
internal sealed record StepAction(PlanStep Step, StepTask Task, YamlMap Item, ImmutableArray<string> Files);
