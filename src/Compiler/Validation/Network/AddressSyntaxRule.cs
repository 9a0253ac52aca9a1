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
        var book = context.Semantics.Addresses;
        foreach (var network in book.Networks)
        {
            CheckRead(context, network.Network.Cidr, Cidr);
            CheckRead(context, network.Network.Gateway, Address);
        }

        foreach (var nic in book.Nics)
        {
            // An address kept packed read as IPv4; only the others can be in error.
            if (!nic.Nic.TryGetPackedIPv4(out _))
            {
                CheckRead(context, nic.Nic.Ip, Address);
            }
        }
    }

    // Binding read the text and kept the parser's reason; this rule only says it, in model order.
    private static void CheckRead<T>(RuleContext context, Located<ParsedText<T>>? written, string what)
    {
        if (written is { } text && !text.Value.IsValid)
        {
            context.Report(DiagnosticFactory.InvalidAddress(text.Location, IpAddressText.Shorten(text.Value.Text), what, text.Value.Error));
        }
    }
}
