using System;
using System.Globalization;

namespace TopoLang.Runtime
{
    /// <summary>
    /// The text forms of RFC 4291 §2.2: eight groups of 1–4 hex digits, one <c>::</c> standing for
    /// one or more zero groups, and a dotted IPv4 address as the last 32 bits. No zone ids: a
    /// topology describes networks, not one machine's interfaces.
    /// </summary>
    internal static class Ipv6Text
    {
        private const int GroupCount = 8;
        private const string ShapeError = "an IPv6 address has eight groups of 1–4 hex digits, or fewer with one '::'";

        public static bool TryParse(string text, byte[] bytes, out string error)
        {
            var zone = text.IndexOf('%');
            if (zone >= 0)
            {
                error = $"zone id '{IpAddressText.Shorten(text.Substring(zone))}' is not allowed";
                return false;
            }

            var gap = text.IndexOf("::", StringComparison.Ordinal);
            if (gap >= 0 && text.IndexOf("::", gap + 1, StringComparison.Ordinal) >= 0)
            {
                error = "'::' may appear only once";
                return false;
            }

            var head = new ushort[GroupCount];
            var tail = new ushort[GroupCount];
            var headText = gap < 0 ? text : text.Substring(0, gap);
            var tailText = gap < 0 ? string.Empty : text.Substring(gap + 2);
            if (!TryParseGroups(headText, head, isLast: gap < 0, out var headCount, out error)
                || !TryParseGroups(tailText, tail, isLast: true, out var tailCount, out error))
            {
                return false;
            }

            var valid = gap < 0 ? headCount == GroupCount : headCount + tailCount < GroupCount;
            if (!valid)
            {
                error = ShapeError;
                return false;
            }

            Write(head, headCount, tail, tailCount, bytes);
            return true;
        }

        /// <summary>Colon-separated groups; only the last piece of the address may be a dotted IPv4 (two groups).</summary>
        private static bool TryParseGroups(string text, ushort[] groups, bool isLast, out int count, out string error)
        {
            count = 0;
            error = string.Empty;
            if (text.Length == 0)
            {
                return true;
            }

            var pieces = text.Split(':');
            for (var i = 0; i < pieces.Length; i++)
            {
                var piece = pieces[i];
                var ok = isLast && i == pieces.Length - 1 && piece.IndexOf('.') >= 0
                    ? TryParseEmbeddedIpv4(piece, groups, ref count, out error)
                    : TryParseGroup(piece, groups, ref count, out error);
                if (!ok)
                {
                    return false;
                }
            }

            return true;
        }

        private static bool TryParseGroup(string piece, ushort[] groups, ref int count, out string error)
        {
            if (piece.Length == 0)
            {
                error = "empty group: only one '::' may stand for zero groups";
                return false;
            }

            if (piece.Length > 4 || !IsHex(piece) || count >= groups.Length)
            {
                error = count >= groups.Length ? ShapeError : $"'{IpAddressText.Shorten(piece)}' is not an IPv6 group (1–4 hex digits)";
                return false;
            }

            groups[count++] = ushort.Parse(piece, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
            error = string.Empty;
            return true;
        }

        private static bool TryParseEmbeddedIpv4(string piece, ushort[] groups, ref int count, out string error)
        {
            var octets = new byte[4];
            if (!Ipv4Text.TryParse(piece, octets, out error))
            {
                return false;
            }

            if (count + 2 > groups.Length)
            {
                error = ShapeError;
                return false;
            }

            groups[count++] = (ushort)((octets[0] << 8) | octets[1]);
            groups[count++] = (ushort)((octets[2] << 8) | octets[3]);
            return true;
        }

        /// <summary>The head from the front, the tail against the back; the zeros of <c>::</c> fill the middle.</summary>
        private static void Write(ushort[] head, int headCount, ushort[] tail, int tailCount, byte[] bytes)
        {
            Array.Clear(bytes, 0, 16);
            for (var i = 0; i < headCount; i++)
            {
                WriteGroup(bytes, i, head[i]);
            }

            for (var i = 0; i < tailCount; i++)
            {
                WriteGroup(bytes, GroupCount - tailCount + i, tail[i]);
            }
        }

        private static void WriteGroup(byte[] bytes, int index, ushort group)
        {
            bytes[index * 2] = (byte)(group >> 8);
            bytes[(index * 2) + 1] = (byte)group;
        }

        private static bool IsHex(string piece)
        {
            foreach (var c in piece)
            {
                if (!Uri.IsHexDigit(c))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
