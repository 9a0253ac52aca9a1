using System;
using System.Globalization;
using System.Net;

namespace TopoLang.Compiler.Binding.Values;

/// <summary>Reads `address/prefix` strictly: a decimal prefix without leading zeros, and no host bits set.</summary>
internal static class IpNetworkText
{
    public static bool TryParse(string text, out IpNetwork network, out string error)
    {
        network = default;
        if (string.IsNullOrEmpty(text))
        {
            error = "the CIDR is empty";
            return false;
        }

        var slash = text.IndexOf('/');
        if (slash < 0)
        {
            error = "missing '/prefix'";
            return false;
        }

        if (!IpAddressText.TryParseAddress(text[..slash], out var address, out error)
            || !TryParsePrefix(text[(slash + 1)..], IpAddressBits.IsIPv6(address), out var prefixLength, out error))
        {
            return false;
        }

        return TryCheckHostBits(new IpNetwork(address, prefixLength), address, out network, out error);
    }

    private static bool TryParsePrefix(string text, bool isIPv6, out int prefixLength, out string error)
    {
        prefixLength = 0;
        var width = IpAddressBits.Width(isIPv6);
        if (text.Length == 0)
        {
            error = "missing prefix length after '/'";
            return false;
        }

        if (!IsDecimal(text) || (text.Length > 1 && text[0] == '0'))
        {
            error = $"'/{IpAddressText.Shorten(text)}' is not a prefix length";
            return false;
        }

        if (text.Length > 3 || int.Parse(text, CultureInfo.InvariantCulture) > width)
        {
            error = $"prefix /{IpAddressText.Shorten(text)} is beyond {width}";
            return false;
        }

        prefixLength = int.Parse(text, CultureInfo.InvariantCulture);
        error = string.Empty;
        return true;
    }

    /// <summary>`10.0.1.5/24` is a typo for a host or for the network: say which network was meant.</summary>
    private static bool TryCheckHostBits(IpNetwork candidate, IPAddress address, out IpNetwork network, out string error)
    {
        network = candidate;
        if (candidate.First.Equals(address))
        {
            error = string.Empty;
            return true;
        }

        error = $"host bits are set: the network is {candidate}";
        network = default;
        return false;
    }

    private static bool IsDecimal(string text)
    {
        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }
}
