using System;
using System.Collections.Generic;
using TopoLang.Compiler.Model;
using TopoLang.Compiler.Text;

namespace TopoLang.Compiler.Validation.Network;

/// <summary>Who took an address (the network's gateway, or a guest's NIC) and where it is written.</summary>
internal readonly record struct AddressUse(GuestModel? Guest, SourceLocation Location)
{
    public bool IsGateway => Guest is null;

    /// <summary>"the gateway" or "guest 'web-1'": written only for a message, not for every NIC.</summary>
    public string Owner => Guest is null ? "the gateway" : GuestNics.Describe(Guest);

    public static AddressUse ForGateway(SourceLocation location) => new(null, location);

    public static AddressUse ForNic(GuestModel guest, SourceLocation location) => new(guest, location);
}

/// <summary>The addresses taken in one network so far: one lookup per address keeps the check linear.</summary>
internal sealed class NetworkAddressBook
{
    private readonly Dictionary<UInt128, AddressUse> _used = new();

    public NetworkAddressBook(NetworkBlock block) => Block = block;

    public NetworkBlock Block { get; }

    /// <summary>Takes the address; false, with the first use, when it was already taken.</summary>
    public bool TryClaim(UInt128 address, AddressUse use, out AddressUse first)
    {
        if (_used.TryGetValue(address, out first))
        {
            return false;
        }

        _used.Add(address, use);
        return true;
    }
}
