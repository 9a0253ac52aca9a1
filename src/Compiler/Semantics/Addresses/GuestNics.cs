using System.Collections.Generic;
using TopoLang.Compiler.Model;

namespace TopoLang.Compiler.Semantics.Addresses;

/// <summary>Every nic of the given guests, in their order (nested guests join the same networks).</summary>
internal static class GuestNics
{
    public static IEnumerable<(GuestModel Guest, NicModel Nic)> All(IEnumerable<GuestModel> guests)
    {
        foreach (var guest in guests)
        {
            foreach (var nic in guest.Nics)
            {
                yield return (guest, nic);
            }
        }
    }
}
