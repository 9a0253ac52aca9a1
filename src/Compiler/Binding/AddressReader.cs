using System;
using System.Net;
using TopoLang.Compiler.Binding.Bound;
using TopoLang.Compiler.Model;
using static TopoLang.Compiler.Binding.BlockReader;

namespace TopoLang.Compiler.Binding;

/// <summary>
/// Reads the address strings of a block (`cidr`, `gateway`, `ip`) into their types, once, with
/// the Runtime's strict readers; what does not read keeps its reason for TOPO5001.
/// </summary>
internal static class AddressReader
{
    // "255.255.255.255"
    private const int MostDottedQuadChars = 15;

    public static Located<ParsedText<Cidr>>? Cidr(BoundBlock block, string word) =>
        LocatedString(block, word)?.Select(ReadCidr);

    public static Located<ParsedText<IPAddress>>? Address(BoundBlock block, string word) =>
        LocatedString(block, word)?.Select(ReadAddress);

    /// <summary>
    /// A nic's `ip` when it is a valid IPv4 address, as its 32 bits: no <see cref="IPAddress"/>
    /// made for the fleet's address per guest (<see cref="NicModel"/> keeps the bits). False for
    /// anything else, which <see cref="Address"/> reads.
    /// </summary>
    public static bool TryReadIPv4(BoundBlock block, string word, out Located<uint> address)
    {
        address = default;
        if (Read<StringValue>(block, word, out var location, out var isDefault, out var entry) is not { } text || !TryReadIPv4(text, out var bits))
        {
            return false;
        }

        address = new Located<uint>(bits, location, isDefault, entry);
        return true;
    }

    // A plain literal is read where it is written, without making its text (a fleet's address per guest).
    private static bool TryReadIPv4(StringValue text, out uint bits)
    {
        if (!text.IsKeptInSource)
        {
            bits = 0;
            return text.Value.IndexOf(':') < 0 && Runtime.Ipv4Text.TryParse(text.Value, out bits, out _);
        }

        Span<char> scratch = stackalloc char[MostDottedQuadChars];
        var span = text.TextInSource;
        bits = 0;
        return span.Length <= MostDottedQuadChars && DottedQuad.TryRead(text.Location.Source.Chars.Read(span, scratch), out bits);
    }

    private static ParsedText<Cidr> ReadCidr(string text) =>
        Runtime.Cidr.TryParse(text, out var cidr, out var error)
            ? new ParsedText<Cidr>(text, cidr, string.Empty)
            : new ParsedText<Cidr>(text, default, error);

    private static ParsedText<IPAddress> ReadAddress(string text) =>
        IpAddressText.TryParse(text, out var address, out var error)
            ? new ParsedText<IPAddress>(text, address, string.Empty)
            : new ParsedText<IPAddress>(text, null, Reason(text, error));

    // `ip "10.0.1.20/24"` is a CIDR habit: say so rather than that '20/24' is not an octet.
    private static string Reason(string text, string error)
    {
        var slash = text.IndexOf('/');
        return slash > 0 && IpAddressText.TryParse(text[..slash], out _, out _)
            ? "an address has no '/prefix': the prefix belongs in the network's cidr"
            : error;
    }
}
