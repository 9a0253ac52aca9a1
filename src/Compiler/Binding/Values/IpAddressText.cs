using System;
using System.Diagnostics.CodeAnalysis;
using System.Net;

namespace TopoLang.Compiler.Binding.Values;

/// <summary>
/// Strict reading of IP addresses in strings (TOPO5001). <see cref="IPAddress.TryParse(string, out IPAddress)"/>
/// alone is too lenient: it takes `10.1` and `1` as IPv4 addresses, and zone ids.
/// </summary>
public static class IpAddressText
{
    private const int ShortenedLength = 40;

    /// <summary>
    /// Reads a dotted-quad IPv4 address or an RFC 4291 IPv6 address. On failure
    /// <paramref name="error"/> is a short message such as "'300' is not an octet (0–255)";
    /// on success it is empty.
    /// </summary>
    public static bool TryParseAddress(string text, [MaybeNullWhen(false)] out IPAddress address, out string error)
    {
        address = null;
        if (string.IsNullOrEmpty(text))
        {
            error = "the address is empty";
            return false;
        }

        var isIPv6 = text.Contains(':');
        if (!isIPv6 && !text.Contains('.'))
        {
            error = $"'{Shorten(text)}' is not an IP address";
            return false;
        }

        Span<byte> bytes = stackalloc byte[isIPv6 ? 16 : 4];
        var parsed = isIPv6 ? Ipv6Text.TryParse(text, bytes, out error) : Ipv4Text.TryParse(text, bytes, out error);
        if (parsed)
        {
            address = new IPAddress(bytes);
        }

        return parsed;
    }

    /// <summary>Keeps a quoted piece of user text short enough for a one-line message.</summary>
    internal static string Shorten(string text) =>
        text.Length <= ShortenedLength ? text : string.Concat(text.AsSpan(0, ShortenedLength), "...");
}
