using System;
using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;

namespace TopoLang.Compiler.Model;

/// <summary>An address as a number, so that masks and ranges are plain integer arithmetic.</summary>
internal static class IpAddressBits
{
    public static int Width(bool isIPv6) => isIPv6 ? 128 : 32;

    public static UInt128 ToNumber(IPAddress address)
    {
        Span<byte> bytes = stackalloc byte[16];
        address.TryWriteBytes(bytes, out var written);
        return written == 16
            ? BinaryPrimitives.ReadUInt128BigEndian(bytes)
            : BinaryPrimitives.ReadUInt32BigEndian(bytes);
    }

    public static IPAddress ToAddress(UInt128 number, bool isIPv6)
    {
        Span<byte> bytes = stackalloc byte[16];
        if (isIPv6)
        {
            BinaryPrimitives.WriteUInt128BigEndian(bytes, number);
            return new IPAddress(bytes);
        }

        BinaryPrimitives.WriteUInt32BigEndian(bytes, (uint)number);
        return new IPAddress(bytes[..4]);
    }

    public static bool IsIPv6(IPAddress address) => address.AddressFamily == AddressFamily.InterNetworkV6;

    /// <summary>The bits below the prefix; a prefix beyond the width leaves none.</summary>
    public static UInt128 HostMask(int prefixLength, bool isIPv6)
    {
        var hostBits = Width(isIPv6) - Math.Clamp(prefixLength, 0, Width(isIPv6));
        return hostBits == 0 ? UInt128.Zero : UInt128.MaxValue >> (128 - hostBits);
    }

    /// <summary>Dotted decimal, as <see cref="IPAddress"/> prints an IPv4 address, without making the address.</summary>
    public static string IPv4Text(uint bits)
    {
        Span<char> text = stackalloc char[MaxIPv4Length];
        return new string(text[..FormatIPv4(bits, text)]);
    }

    /// <summary>The longest dotted decimal IPv4 address, `255.255.255.255`.</summary>
    public const int MaxIPv4Length = 15;

    /// <summary>Writes <see cref="IPv4Text"/> into <paramref name="text"/> (at least <see cref="MaxIPv4Length"/> long); returns its length.</summary>
    public static int FormatIPv4(uint bits, Span<char> text)
    {
        var length = 0;
        for (var shift = 24; shift >= 0; shift -= 8)
        {
            if (shift < 24)
            {
                text[length++] = '.';
            }

            ((bits >> shift) & 0xFF).TryFormat(text[length..], out var digits, provider: System.Globalization.CultureInfo.InvariantCulture);
            length += digits;
        }

        return length;
    }
}
