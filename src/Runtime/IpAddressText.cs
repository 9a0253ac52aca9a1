using System;
using System.Net;

namespace TopoLang.Runtime
{
    /// <summary>
    /// Strict reading of IP addresses, the one reader of the compiler and the runtime.
    /// <see cref="IPAddress.TryParse(string, out IPAddress)"/> alone is too lenient: it takes
    /// <c>10.1</c> and <c>1</c> as IPv4 addresses, and zone ids.
    /// </summary>
    public static class IpAddressText
    {
        private const int ShortenedLength = 40;

        /// <summary>Reads a dotted-quad IPv4 address or an RFC 4291 IPv6 address.</summary>
        /// <param name="text">The text, such as <c>10.0.1.10</c> or <c>2001:db8::1</c>.</param>
        /// <param name="address">The address read, or null when the text is not one.</param>
        /// <param name="error">Why the text is not an address, such as "'300' is not an octet (0–255)"; empty on success.</param>
        /// <returns>Whether the text is an address.</returns>
        public static bool TryParse(string? text, out IPAddress? address, out string error)
        {
            address = null;
            if (string.IsNullOrEmpty(text))
            {
                error = "the address is empty";
                return false;
            }

            var isIPv6 = text!.IndexOf(':') >= 0;
            if (!isIPv6 && text.IndexOf('.') < 0)
            {
                error = $"'{Shorten(text)}' is not an IP address";
                return false;
            }

            var bytes = new byte[isIPv6 ? 16 : 4];
            var parsed = isIPv6 ? Ipv6Text.TryParse(text, bytes, out error) : Ipv4Text.TryParse(text, bytes, out error);
            if (parsed)
            {
                address = new IPAddress(bytes);
            }

            return parsed;
        }

        /// <summary>Keeps a quoted piece of user text short enough for a one-line message.</summary>
        internal static string Shorten(string text) =>
            text.Length <= ShortenedLength ? text : text.Substring(0, ShortenedLength) + "...";
    }
}
