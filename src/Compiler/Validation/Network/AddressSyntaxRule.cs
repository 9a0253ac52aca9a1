using TopoLang.Compiler.Binding.Values;
using TopoLang.Compiler.Diagnostics;
using TopoLang.Compiler.Model;

namespace TopoLang.Compiler.Validation.Network;

/// <summary>
/// TOPO5001: a network's `cidr`, a network's `gateway` or a nic's `ip` that does not read as a
/// CIDR or an address (IPv4 or IPv6), reported at the string with the parser's reason.
/// </summary>
public sealed class AddressSyntaxRule : ITopologyRule
{
    private const string Cidr = "CIDR";
    private const string Address = "IP address";

    public string Code => DiagnosticCatalog.InvalidAddress.Code;

    public void Check(RuleContext context)
    {
        foreach (var network in context.Model.Networks)
        {
            if (network.Cidr is { } cidr && !IpNetwork.TryParse(cidr.Value, out _, out var error))
            {
                Report(context, cidr, Cidr, error);
            }

            CheckAddress(context, network.Gateway);
        }

        foreach (var (_, nic) in GuestNics.All(context.Model))
        {
            CheckAddress(context, nic.Ip);
        }
    }

    private static void CheckAddress(RuleContext context, Located<string>? text)
    {
        if (text is { } address && !IpAddressText.TryParseAddress(address.Value, out _, out var error))
        {
            Report(context, address, Address, Reason(address.Value, error));
        }
    }

    // `ip "10.0.1.20/24"` is a CIDR habit: say so rather than that '20/24' is not an octet.
    private static string Reason(string text, string error)
    {
        var slash = text.IndexOf('/');
        return slash > 0 && IpAddressText.TryParseAddress(text[..slash], out _, out _)
            ? "an address has no '/prefix': the prefix belongs in the network's cidr"
            : error;
    }

    private static void Report(RuleContext context, Located<string> text, string what, string error) =>
        context.Report(DiagnosticFactory.InvalidAddress(text.Location, IpAddressText.Shorten(text.Value), what, error));
}
