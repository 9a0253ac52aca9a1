using System;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace TopoLang.Runtime
{
    /// <summary>
    /// Strict reading of IP addresses. <see cref="IPAddress.TryParse(string, out IPAddress)"/> alone
    /// takes <c>10.1</c>, <c>0x0a.0.0.1</c> and zone ids; here the shape is checked first (the same
    /// shapes the compiler accepts), then <see cref="IPAddress"/> does the reading.
    /// </summary>
    internal static class IpText
    {
        private const int Ipv6Groups = 8;

        /// <summary>Reads a dotted-quad IPv4 or an RFC 4291 IPv6 address; <paramref name="error"/> says why not.</summary>
        public static bool TryParseAddress(string? text, out IPAddress? address, out string error)
        {
            address = null;
            if (string.IsNullOrEmpty(text))
            {
                error = "the address is empty";
                return false;
            }

            var isIPv6 = text!.IndexOf(':') >= 0;
            var shaped = isIPv6 ? IsIpv6Shape(text, out error) : IsIpv4Shape(text, out error);
            if (!shaped)
            {
                return false;
            }

            var family = isIPv6 ? AddressFamily.InterNetworkV6 : AddressFamily.InterNetwork;
            if (!IPAddress.TryParse(text, out var parsed) || parsed.AddressFamily != family)
            {
                error = $"'{text}' is not an IP address";
                return false;
            }

            address = parsed;
            error = string.Empty;
            return true;
        }

        /// <summary>Exactly four decimal octets 0–255, without leading zeros (<c>010</c> is octal to some tools).</summary>
        private static bool IsIpv4Shape(string text, out string error)
        {
            var parts = text.Split('.');
            if (parts.Length != 4)
            {
                error = "an IPv4 address has four octets, such as 10.0.1.10";
                return false;
            }

            foreach (var part in parts)
            {
                if (!IsOctet(part))
                {
                    error = $"'{part}' is not an octet (0-255, no leading zero)";
                    return false;
                }
            }

            error = string.Empty;
            return true;
        }

        private static bool IsOctet(string part) =>
            part.Length >= 1 && part.Length <= 3
            && IsDecimal(part)
            && (part.Length == 1 || part[0] != '0')
            && int.Parse(part, NumberStyles.None, CultureInfo.InvariantCulture) <= 255;

        /// <summary>Groups of 1–4 hex digits, at most one <c>::</c>, an optional dotted IPv4 last, no zone id.</summary>
        private static bool IsIpv6Shape(string text, out string error)
        {
            error = "an IPv6 address has eight groups of 1-4 hex digits, or fewer with one '::'";
            if (text.IndexOf('%') >= 0)
            {
                error = "zone ids are not allowed";
                return false;
            }

            var gap = text.IndexOf("::", StringComparison.Ordinal);
            if (gap >= 0 && text.IndexOf("::", gap + 1, StringComparison.Ordinal) >= 0)
            {
                error = "'::' may appear only once";
                return false;
            }

            var head = gap < 0 ? text : text.Substring(0, gap);
            var tail = gap < 0 ? string.Empty : text.Substring(gap + 2);
            if (!TryCountGroups(head, isLast: gap < 0, out var headCount)
                || !TryCountGroups(tail, isLast: true, out var tailCount))
            {
                return false;
            }

            return gap < 0 ? headCount == Ipv6Groups : headCount + tailCount < Ipv6Groups;
        }

        private static bool TryCountGroups(string text, bool isLast, out int count)
        {
            count = 0;
            if (text.Length == 0)
            {
                return true;
            }

            var pieces = text.Split(':');
            for (var i = 0; i < pieces.Length; i++)
            {
                var piece = pieces[i];
                if (isLast && i == pieces.Length - 1 && piece.IndexOf('.') >= 0)
                {
                    if (!IsIpv4Shape(piece, out _))
                    {
                        return false;
                    }

                    count += 2;
                }
                else if (piece.Length >= 1 && piece.Length <= 4 && IsHex(piece))
                {
                    count++;
                }
                else
                {
                    return false;
                }
            }

            return count <= Ipv6Groups;
        }

        private static bool IsDecimal(string text)
        {
            foreach (var c in text)
            {
                if (c < '0' || c > '9')
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsHex(string text)
        {
            foreach (var c in text)
            {
                if (!Uri.IsHexDigit(c))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>A decimal prefix length without sign or leading zeros, at most <paramref name="width"/>.</summary>
        public static bool TryParsePrefix(string text, int width, out int prefixLength)
        {
            prefixLength = 0;
            if (text.Length == 0 || text.Length > 3 || !IsDecimal(text) || (text.Length > 1 && text[0] == '0'))
            {
                return false;
            }

            prefixLength = int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
            return prefixLength <= width;
        }
    }
}
