using System.Collections.Generic;
using System;
using TopoLang.Compiler.Semantics.Capacity;

namespace TopoLang.Compiler.Validation.Capacity;

/// <summary>The few largest demands of a host, for related locations: one pass, no sort of all guests.</summary>
internal static class LargestDemands
{
    public const int Shown = 3;

    /// <summary>Up to <see cref="Shown"/> demands with the largest positive measure, largest first; ties keep source order.</summary>
    public static List<(CapacityDemand Demand, long Amount)> Of(HostCapacity host, Func<CapacityDemand, long?> measure)
    {
        var top = new List<(CapacityDemand Demand, long Amount)>(Shown + 1);
        foreach (var demand in host.Demands())
        {
            if (measure(demand) is not { } amount || amount <= 0)
            {
                continue;
            }

            // Insert after every entry at least as large, so the earlier of two equals stays first.
            var at = top.Count;
            while (at > 0 && top[at - 1].Amount < amount)
            {
                at--;
            }

            if (at < Shown)
            {
                top.Insert(at, (demand, amount));
                if (top.Count > Shown)
                {
                    top.RemoveAt(Shown);
                }
            }
        }

        return top;
    }
}
