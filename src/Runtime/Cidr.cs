using System;
using System.Globalization;
using System.Net;

namespace TopoLang.Runtime
{
    /// <summary>
    /// A network's address block such as <c>10.0.1.0/24</c> or <c>2001:db8::/32</c>. Reading is
    /// strict: an IPv4 address is exactly four decimal octets without leading zeros, an IPv6
    /// address has no zone id, the prefix length is decimal without leading zeros and at most 32
    /// (IPv4) or 128 (IPv6), and no host bits may be set (<c>10.0.1.5/24</c> is rejected).
    /// The default value is <c>0.0.0.0/0</c>.
    /// </summary>
    public readonly struct Cidr : IEquatable<Cidr>
    {
        private readonly string? _address;
        private readonly byte[]? _bytes;

        /// <summary>Reads a CIDR block.</summary>
        /// <param name="text">The text, such as <c>10.0.1.0/24</c>.</param>
        /// <exception cref="FormatException">The text is not a CIDR block as described on <see cref="Cidr"/>.</exception>
        public Cidr(string text)
        {
            if (!TryRead(text, out var bytes, out var address, out var prefixLength, out var error))
            {
                throw new FormatException($"'{text}' is not a CIDR block such as 10.0.1.0/24: {error}.");
            }

            _bytes = bytes;
            _address = address;
            PrefixLength = prefixLength;
            IsIPv6 = bytes!.Length == 16;
        }

        private Cidr(byte[] bytes, string address, int prefixLength)
        {
            _bytes = bytes;
            _address = address;
            PrefixLength = prefixLength;
            IsIPv6 = bytes.Length == 16;
        }

        /// <summary>The network address in canonical form: dotted quad, or compressed lower-case IPv6.</summary>
        public string Address => _address ?? "0.0.0.0";

        /// <summary>The network address, the block's first.</summary>
        public IPAddress NetworkAddress => new IPAddress(_bytes ?? new byte[4]);

        /// <summary>The number of leading bits that name the network.</summary>
        public int PrefixLength { get; }

        /// <summary>Whether this is an IPv6 block.</summary>
        public bool IsIPv6 { get; }

        /// <summary>Reads a CIDR block without throwing.</summary>
        /// <param name="text">The text, such as <c>10.0.1.0/24</c>.</param>
        /// <param name="cidr">The block read, or the default value when the text is not one.</param>
        /// <returns>Whether the text is a CIDR block as described on <see cref="Cidr"/>.</returns>
        public static bool TryParse(string? text, out Cidr cidr) => TryParse(text, out cidr, out _);

        /// <summary>Reads a CIDR block without throwing, saying why the text is not one.</summary>
        /// <param name="text">The text, such as <c>10.0.1.0/24</c>.</param>
        /// <param name="cidr">The block read, or the default value when the text is not one.</param>
        /// <param name="error">Why the text is not a block, such as "host bits are set: the network is 10.0.1.0/24"; empty on success.</param>
        /// <returns>Whether the text is a CIDR block as described on <see cref="Cidr"/>.</returns>
        public static bool TryParse(string? text, out Cidr cidr, out string error)
        {
            if (TryRead(text, out var bytes, out var address, out var prefixLength, out error))
            {
                cidr = new Cidr(bytes!, address!, prefixLength);
                return true;
            }

            cidr = default;
            return false;
        }

        /// <summary>Whether an address lies inside this block.</summary>
        /// <param name="address">An IPv4 or IPv6 address, read as strictly as the block itself.</param>
        /// <returns>False when the address is inside another block, is of the other family, or is not an address.</returns>
        public bool Contains(string address) =>
            IpAddressText.TryParse(address, out var parsed, out _) && Contains(parsed!);

        /// <summary>Whether an address lies inside this block.</summary>
        /// <param name="address">The address.</param>
        /// <returns>False when the address is inside another block or of the other family.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="address"/> is null.</exception>
        public bool Contains(IPAddress address)
        {
            Guard.NotNull(address, nameof(address));
            var bytes = address.GetAddressBytes();
            var network = _bytes ?? new byte[4];
            return bytes.Length == network.Length && SamePrefix(bytes, network, PrefixLength);
        }

        /// <summary>The canonical text, <c>address/prefix</c>, which the constructor reads back to an equal block.</summary>
        /// <returns>The text.</returns>
        public override string ToString() =>
            Address + "/" + PrefixLength.ToString(CultureInfo.InvariantCulture);

        /// <summary>Whether both are the same block.</summary>
        /// <param name="other">The block to compare with.</param>
        /// <returns>True when family, address and prefix length are equal.</returns>
        public bool Equals(Cidr other) =>
            IsIPv6 == other.IsIPv6
            && PrefixLength == other.PrefixLength
            && string.Equals(Address, other.Address, StringComparison.Ordinal);

        /// <summary>Whether <paramref name="obj"/> is the same block.</summary>
        /// <param name="obj">The object to compare with.</param>
        /// <returns>True when it is an equal <see cref="Cidr"/>.</returns>
        public override bool Equals(object? obj) => obj is Cidr other && Equals(other);

        /// <summary>A hash of the address and prefix length.</summary>
        /// <returns>The hash code.</returns>
        public override int GetHashCode() =>
            unchecked((StringComparer.Ordinal.GetHashCode(Address) * 397) ^ PrefixLength);

        /// <summary>Whether both are the same block.</summary>
        /// <param name="left">The first block.</param>
        /// <param name="right">The second block.</param>
        /// <returns>True when equal.</returns>
        public static bool operator ==(Cidr left, Cidr right) => left.Equals(right);

        /// <summary>Whether the blocks differ.</summary>
        /// <param name="left">The first block.</param>
        /// <param name="right">The second block.</param>
        /// <returns>True when not equal.</returns>
        public static bool operator !=(Cidr left, Cidr right) => !left.Equals(right);

        // The messages are the compiler's TOPO5001 reasons: one reader, one wording.
        private static bool TryRead(string? text, out byte[]? bytes, out string? address, out int prefixLength, out string error)
        {
            bytes = null;
            address = null;
            prefixLength = 0;
            if (string.IsNullOrEmpty(text))
            {
                error = "the CIDR is empty";
                return false;
            }

            var slash = text!.IndexOf('/');
            if (slash < 0)
            {
                error = "missing '/prefix'";
                return false;
            }

            if (!IpAddressText.TryParse(text.Substring(0, slash), out var parsed, out error))
            {
                return false;
            }

            var networkBytes = parsed!.GetAddressBytes();
            if (!TryParsePrefix(text.Substring(slash + 1), networkBytes.Length * 8, out prefixLength, out error))
            {
                return false;
            }

            // `10.0.1.5/24` is a typo for a host or for the network: say which network was meant.
            var masked = Mask(networkBytes, prefixLength);
            if (!SamePrefix(networkBytes, masked, networkBytes.Length * 8))
            {
                error = $"host bits are set: the network is {new IPAddress(masked)}/{prefixLength.ToString(CultureInfo.InvariantCulture)}";
                return false;
            }

            bytes = networkBytes;
            address = parsed.ToString();
            return true;
        }

        /// <summary>A decimal prefix length without sign or leading zeros, at most <paramref name="width"/>.</summary>
        private static bool TryParsePrefix(string text, int width, out int prefixLength, out string error)
        {
            prefixLength = 0;
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

            if (text.Length > 3 || int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture) > width)
            {
                error = $"prefix /{IpAddressText.Shorten(text)} is beyond {width.ToString(CultureInfo.InvariantCulture)}";
                return false;
            }

            prefixLength = int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
            error = string.Empty;
            return true;
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

        private static byte[] Mask(byte[] bytes, int prefixLength)
        {
            var masked = new byte[bytes.Length];
            for (var i = 0; i < bytes.Length; i++)
            {
                var bits = Math.Min(8, Math.Max(0, prefixLength - (i * 8)));
                masked[i] = (byte)(bytes[i] & (0xFF << (8 - bits)));
            }

            return masked;
        }

        private static bool SamePrefix(byte[] left, byte[] right, int prefixLength)
        {
            for (var i = 0; i < left.Length; i++)
            {
                var bits = Math.Min(8, Math.Max(0, prefixLength - (i * 8)));
                var mask = (byte)(0xFF << (8 - bits));
                if ((left[i] & mask) != (right[i] & mask))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
