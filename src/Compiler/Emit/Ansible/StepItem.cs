using TopoLang.Compiler.Emit.Plan;
using TopoLang.Compiler.Emit.Yaml;

namespace TopoLang.Compiler.Emit.Ansible;

/// <summary>
/// Writes a step's item, the entries its task's options read (`item.id`, `item.argv`), straight
/// from the step as the playbook is written (<see cref="StepItems"/>): no tree is kept for each
/// of a fleet's steps.
/// </summary>
internal delegate void StepItem(PlanStep step, PlaybookValues values, YamlMapEntries item);
