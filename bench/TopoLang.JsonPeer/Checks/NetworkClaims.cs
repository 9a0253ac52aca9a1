using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Net;
using System.Net.Sockets;

namespace TopoLang.JsonPeer.Checks;

/// <summary>
/// One network's block and the addresses taken in it so far; says what is wrong with the next
/// address, as the compiler's AddressInNetworkRule does: other family, outside the block, a
/// reserved address (network and broadcast for IPv4 up to /30, the subnet-router anycast for a
/// nic on IPv6 up to /126), or taken.
/// </summary>
internal sealed class NetworkClaims
{
    private readonly HashSet<UInt128> _taken = new();
    private readonly IPNetwork _block;
    private readonly UInt128 _hostMask;

    public NetworkClaims(IPNetwork block)
    {
        _block = block;
        var bits = IsIPv6 ? 128 : 32;
        _hostMask = block.PrefixLength == bits ? UInt128.Zero : (UInt128.One << (bits - block.PrefixLength)) - 1;
    }

    private bool IsIPv6 => _block.BaseAddress.AddressFamily == AddressFamily.InterNetworkV6;

    /// <summary>Null when the address is free and now taken; otherwise what is wrong with it.</summary>
    public string? Claim(IPAddress address, bool isGateway)
    {
        if (address.AddressFamily != _block.BaseAddress.AddressFamily)
        {
            return "is of the other IP family";
        }

        if (!_block.Contains(address))
        {
            return $"is outside {_block}";
        }

        var number = ToNumber(address);
        if (Reserved(number, isGateway) is { } role)
        {
            return $"is {role} of {_block}";
        }

        return _taken.Add(number) ? null : "is already taken";
    }

    private string? Reserved(UInt128 number, bool isGateway)
    {
        if (_block.PrefixLength > (IsIPv6 ? 126 : 30))
        {
            return null;
        }

        var hostPart = number & _hostMask;
        if (hostPart == UInt128.Zero)
        {
            return IsIPv6 ? (isGateway ? null : "the subnet-router anycast address") : "the network address";
        }

        return !IsIPv6 && hostPart == _hostMask ? "the broadcast address" : null;
    }

    private static UInt128 ToNumber(IPAddress address)
    {
        Span<byte> bytes = stackalloc byte[16];
        address.TryWriteBytes(bytes, out var written);
        return written == 4
            ? BinaryPrimitives.ReadUInt32BigEndian(bytes)
            : BinaryPrimitives.ReadUInt128BigEndian(bytes);
    }
}
