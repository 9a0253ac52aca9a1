using System;
using System.Collections.Generic;
using TopoLang.Compiler.Emit.Plan;

namespace TopoLang.Compiler.Emit.Ansible;

/// <summary>
/// The entry each step runs on, its target's first segment (<see cref="InventoryEntries"/>), without a new string for
/// each of a fleet's 300,000 steps, nor for each stage that goes over its 5,000 entries again: a
/// plan lists a host's steps together, so the step's target is compared with the entry last found
/// first, then with the names found before. An entry is the same string each time it is found.
/// Use one for one document.
/// </summary>
internal sealed class StepRunners
{
    private string _last = string.Empty;

    // The entries found so far, by the hash of their name (net8.0's dictionaries take no span for a key).
    private readonly Dictionary<int, string> _names = new();

    public string Of(PlanStep step)
    {
        var target = step.Target;
        var slash = target.IndexOf('/');
        var name = slash < 0 ? target.AsSpan() : target.AsSpan(0, slash);
        if (!name.SequenceEqual(_last))
        {
            _last = Named(name);
        }

        return _last;
    }

    private string Named(ReadOnlySpan<char> name)
    {
        var hash = string.GetHashCode(name);
        if (!_names.TryGetValue(hash, out var known) || !name.SequenceEqual(known))
        {
            // A name of the same hash is replaced: the one it replaces is only made again if it comes back.
            known = name.ToString();
            _names[hash] = known;
        }

        return known;
    }
}
