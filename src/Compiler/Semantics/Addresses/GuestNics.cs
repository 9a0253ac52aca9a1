using System.Collections.Generic;
using System.Collections.Immutable;
using TopoLang.Compiler.Model;

namespace TopoLang.Compiler.Semantics.Addresses;

/// <summary>
/// Every nic of every guest and domU, those of nested hypervisors included (they join the same
/// networks), in source order: a guest, then the guests nested in it, then its next sibling.
/// </summary>
internal static class GuestNics
{
    public static IEnumerable<(GuestModel Guest, NicModel Nic)> All(TopologyModel model)
    {
        // An explicit stack, not recursion: guests nest as deep as the parser allows.
        var pending = new Stack<GuestModel>();
        foreach (var host in model.Hosts)
        {
            PushInReverse(pending, host.Hypervisor);
            while (pending.Count > 0)
            {
                var guest = pending.Pop();
                foreach (var nic in guest.Nics)
                {
                    yield return (guest, nic);
                }

                PushInReverse(pending, guest.NestedHypervisor);
            }
        }
    }

    private static void PushInReverse(Stack<GuestModel> pending, HypervisorModel? hypervisor)
    {
        var guests = hypervisor?.Guests ?? ImmutableArray<GuestModel>.Empty;
        for (var i = guests.Length - 1; i >= 0; i--)
        {
            pending.Push(guests[i]);
        }
    }
}
