using System;
using System.Collections.Generic;
using TopoLang.Compiler.Text;

namespace TopoLang.Compiler.Validation.Network;

/// <summary>Who took an address (the network's gateway, or "guest 'web-1'") and where it is written.</summary>
internal readonly record struct AddressUse(string Owner, SourceLocation Location, bool IsGateway)
{
    public static AddressUse ForGateway(SourceLocation location) => new("the gateway", location, IsGateway: true);

    public static AddressUse ForNic(string guest, SourceLocation location) => new(guest, location, IsGateway: false);
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
