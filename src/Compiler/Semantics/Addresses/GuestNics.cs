using TopoLang.Compiler.Model;

namespace TopoLang.Compiler.Semantics.Addresses;

/// <summary>Every nic of the given guests, in their order (nested guests join the same networks), its network not yet resolved.</summary>
internal static class GuestNics
{
    public static GuestNic[] All(System.Collections.Immutable.ImmutableArray<GuestModel> guests)
    {
        var count = 0;
        foreach (var guest in guests)
        {
            count += guest.NicList.Length;
        }

        var nics = new GuestNic[count];
        var next = 0;
        foreach (var guest in guests)
        {
            foreach (var nic in guest.NicList)
            {
                nics[next++] = new GuestNic(guest, nic, null);
            }
        }

        return nics;
    }
}
