using System;

namespace TopoLang.Compiler.Binding.Values;

/// <summary>
/// Strict dotted-quad IPv4: exactly four decimal octets 0–255 without leading zeros, since
/// `010` reads as octal to some tools and as ten to others.
/// </summary>
internal static class Ipv4Text
{
    public const string ShapeError = "an IPv4 address has four octets, such as 10.0.1.10";

    public static bool TryParse(string text, Span<byte> octets, out string error)
    {
        // Spans, not string.Split: every NIC of a fleet is read here, twice (binding, rules).
        var source = text.AsSpan();
        Span<Range> parts = stackalloc Range[5];
        if (source.Split(parts, '.') != 4)
        {
            error = ShapeError;
            return false;
        }

        for (var i = 0; i < 4; i++)
        {
            if (!TryParseOctet(source[parts[i]], out octets[i], out error))
            {
                return false;
            }
        }

        error = string.Empty;
        return true;
    }

    private static bool TryParseOctet(ReadOnlySpan<char> part, out byte octet, out string error)
    {
        octet = 0;
        if (part.Length == 0)
        {
            error = ShapeError;
            return false;
        }

        var value = part.Length <= 3 ? DecimalValue(part) : -1;
        if (value is < 0 or > 255)
        {
            error = $"'{IpAddressText.Shorten(part.ToString())}' is not an octet (0–255)";
            return false;
        }

        if (part.Length > 1 && part[0] == '0')
        {
            error = $"'{part.ToString()}' has a leading zero: write '{part.TrimStart('0').ToString().PadLeft(1, '0')}'";
            return false;
        }

        octet = (byte)value;
        error = string.Empty;
        return true;
    }

    /// <summary>The value of a run of at most three decimal digits; -1 when it holds anything else.</summary>
    private static int DecimalValue(ReadOnlySpan<char> digits)
    {
        var value = 0;
        foreach (var c in digits)
        {
            if (c is < '0' or > '9')
            {
                return -1;
            }

            value = (value * 10) + (c - '0');
        }

        return value;
    }
}
