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
            if (!TryParse(text, out uint address, out error))
            {
                return false;
            }

            for (var i = 0; i < 4; i++)
            {
                octets[i] = (byte)(address >> (24 - (8 * i)));
            }

            return true;
        }

        /// <summary>As the other overload, into the address's 32 bits, most significant octet first: no array, for a fleet's address per guest.</summary>
        public static bool TryParse(string text, out uint address, out string error)
        {
            address = 0;
            if (CountDots(text) != 3)
            {
                error = ShapeError;
                return false;
            }

            // Octet by octet between the dots, without splitting: a fleet reads an address per guest.
            var start = 0;
            for (var i = 0; i < 4; i++)
            {
                var end = text.IndexOf('.', start);
                if (end < 0)
                {
                    end = text.Length;
                }

                if (!TryParseOctet(text, start, end - start, out var octet, out error))
                {
                    return false;
                }

                address = (address << 8) | octet;
                start = end + 1;
            }

            error = string.Empty;
            return true;
        }

        private static int CountDots(string text)
        {
            var dots = 0;
            foreach (var c in text)
            {
                dots += c == '.' ? 1 : 0;
            }

            return dots;
        }

        private static bool TryParseOctet(string text, int start, int length, out byte octet, out string error)
        {
            octet = 0;
            if (length == 0)
            {
                error = ShapeError;
                return false;
            }

            var value = length <= 3 ? DecimalValue(text, start, length) : -1;
            if (value < 0 || value > 255)
            {
                error = $"'{IpAddressText.Shorten(text.Substring(start, length))}' is not an octet (0–255)";
                return false;
            }

            if (length > 1 && text[start] == '0')
            {
                var part = text.Substring(start, length);
                error = $"'{part}' has a leading zero: write '{part.TrimStart('0').PadLeft(1, '0')}'";
                return false;
            }

            octet = (byte)value;
            error = string.Empty;
            return true;
        }

        /// <summary>The value of a run of at most three decimal digits; -1 when it holds anything else.</summary>
        private static int DecimalValue(string text, int start, int length)
        {
            var value = 0;
            for (var i = start; i < start + length; i++)
            {
                var c = text[i];
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
