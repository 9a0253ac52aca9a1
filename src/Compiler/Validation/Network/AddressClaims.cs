using System;
using System.Collections.Generic;
using TopoLang.Compiler.Semantics.Addresses;

namespace TopoLang.Compiler.Validation.Network;

/// <summary>The addresses taken in one network so far: one lookup per address keeps the check linear.</summary>
internal sealed class AddressClaims
{
    private readonly Dictionary<UInt128, AddressUse> _used = new();

    public AddressClaims(NetworkBlock block) => Block = block;

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
