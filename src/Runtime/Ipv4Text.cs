namespace TopoLang.Runtime
{
    /// <summary>
    /// Strict dotted-quad IPv4: exactly four decimal octets 0–255 without leading zeros, since
    /// <c>010</c> reads as octal to some tools and as ten to others.
    /// </summary>
    internal static class Ipv4Text
    {
        public const string ShapeError = "an IPv4 address has four octets, such as 10.0.1.10";

        public static bool TryParse(string text, byte[] octets, out string error)
        {
            var parts = text.Split('.');
            if (parts.Length != 4)
            {
                error = ShapeError;
                return false;
            }

            for (var i = 0; i < 4; i++)
            {
                if (!TryParseOctet(parts[i], out octets[i], out error))
                {
                    return false;
                }
            }

            error = string.Empty;
            return true;
        }

        private static bool TryParseOctet(string part, out byte octet, out string error)
        {
            octet = 0;
            if (part.Length == 0)
            {
                error = ShapeError;
                return false;
            }

            var value = part.Length <= 3 ? DecimalValue(part) : -1;
            if (value < 0 || value > 255)
            {
                error = $"'{IpAddressText.Shorten(part)}' is not an octet (0–255)";
                return false;
            }

            if (part.Length > 1 && part[0] == '0')
            {
                error = $"'{part}' has a leading zero: write '{part.TrimStart('0').PadLeft(1, '0')}'";
                return false;
            }

            octet = (byte)value;
            error = string.Empty;
            return true;
        }

        /// <summary>The value of a run of at most three decimal digits; -1 when it holds anything else.</summary>
        private static int DecimalValue(string digits)
        {
            var value = 0;
            foreach (var c in digits)
            {
                if (c < '0' || c > '9')
                {
                    return -1;
                }

                value = (value * 10) + (c - '0');
            }

            return value;
        }
    }
}
