using System;
using TopoLang.Compiler.Emit.Plan;

namespace TopoLang.Compiler.Emit.Ansible;

/// <summary>
/// The entry each step runs on (<see cref="InventoryEntries.RunnerOf"/>), without a new string for
/// each of a fleet's 300,000 steps: a plan lists a host's steps together, so the step's target
/// is compared with the entry last found before a name is made. Use one for one pass over steps.
/// </summary>
internal sealed class StepRunners
{
    private string _last = string.Empty;

    public string Of(PlanStep step)
    {
        var target = step.Target;
        var slash = target.IndexOf('/');
        if (slash < 0)
        {
            return _last = target;
        }

        if (!target.AsSpan(0, slash).SequenceEqual(_last))
        {
            _last = target[..slash];
        }

        return _last;
    }
}
