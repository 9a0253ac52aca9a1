using System.Collections.Generic;
using System.Collections.Immutable;
using TopoLang.Compiler.Model;

namespace TopoLang.Compiler.Semantics;

/// <summary>
/// Every guest and domU of a topology, nested ones included, in source order: a guest, then the
/// guests nested in it, then its next sibling. The order the C# names, the address book and the
/// emitters all count guests in.
/// </summary>
internal static class GuestsInSourceOrder
{
    public static ImmutableArray<GuestModel> Of(TopologyModel model)
    {
        // Sized for the guests hosts hold directly (nested ones are few): a builder grown by
        // doubling and then copied was three times the array of a 100,000-guest fleet.
        var guests = ImmutableArray.CreateBuilder<GuestModel>(DirectGuestCount(model));

        // An explicit stack, not recursion: guests nest as deep as the parser allows.
        var pending = new Stack<GuestModel>();
        foreach (var host in model.Hosts)
        {
            PushInReverse(pending, host.Hypervisor);
            while (pending.Count > 0)
            {
                var guest = pending.Pop();
                guests.Add(guest);
                PushInReverse(pending, guest.NestedHypervisor);
            }
        }

        return guests.DrainToImmutable();
    }

    private static int DirectGuestCount(TopologyModel model)
    {
        var count = 0;
        foreach (var host in model.Hosts)
        {
            count += host.Hypervisor?.Guests.Length ?? 0;
        }

        return count;
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
