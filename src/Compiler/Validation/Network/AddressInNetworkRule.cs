using System;
using System.Collections.Generic;
using System.Net;
using TopoLang.Compiler.Catalog;
using TopoLang.Compiler.Diagnostics;
using TopoLang.Compiler.Model;

namespace TopoLang.Compiler.Validation.Network;

/// <summary>
/// TOPO5003: a network's `gateway` or a nic's `ip` that is outside the network's CIDR, of the
/// other IP family, one of the subnet's reserved addresses (<see cref="SubnetAddresses"/>), or
/// already taken in that network (the gateway first, then nics in source order; reported once,
/// at each later one). Addresses and CIDRs that do not parse are TOPO5001's, and nics on a
/// network that is missing or has no valid CIDR are skipped.
/// </summary>
public sealed class AddressInNetworkRule : ITopologyRule
{
    public string Code => DiagnosticCatalog.AddressOutsideNetwork.Code;

    public void Check(RuleContext context)
    {
        var books = Gateways(context);
        foreach (var (guest, nic) in GuestNics.All(context.Model))
        {
            if (nic.Ip is { } ip && books.TryGetValue(nic.Network.Value, out var book))
            {
                Place(context, book, ip, AddressUse.ForNic(guest, ip.Location));
            }
        }
    }

    /// <summary>Checks every gateway and opens each network's book with its gateway in it.</summary>
    private static Dictionary<string, NetworkAddressBook> Gateways(RuleContext context)
    {
        var networks = context.Model.Networks;
        var books = new Dictionary<string, NetworkAddressBook>(networks.Length, StringComparer.Ordinal);
        for (var i = 0; i < networks.Length; i++)
        {
            if (NetworkBlock.From(networks[i], i) is not { } block)
            {
                continue;
            }

            var book = new NetworkAddressBook(block);
            if (networks[i].Gateway is { } gateway)
            {
                Place(context, book, gateway, AddressUse.ForGateway(gateway.Location));
            }

            // The first declaration of a name is the one nics join (a second is TOPO1002).
            books.TryAdd(block.Name, book);
        }

        return books;
    }

    private static void Place(RuleContext context, NetworkAddressBook book, Located<ParsedText<IPAddress>> written, AddressUse use)
    {
        if (written.Value.Value is not { } address)
        {
            return;
        }

        var text = written.Select(parsed => parsed.Text);
        var number = IpAddressBits.ToNumber(address);
        if (Misplaced(book.Block, address, number, use.IsGateway) is { } fault)
        {
            Report(context, text, fault);
        }
        else if (!book.TryClaim(number, use, out var first))
        {
            ReportTaken(context, book.Block, text, first);
        }
    }

    private static string? Misplaced(NetworkBlock block, IPAddress address, UInt128 number, bool isGateway)
    {
        if (IpAddressBits.IsIPv6(address) != block.Range.IsIPv6)
        {
            return $"is {Family(!block.Range.IsIPv6)} but {block.Describe()} is {Family(block.Range.IsIPv6)}";
        }

        if (number < block.Key.Start || number > block.Last)
        {
            return $"is outside {block.Describe()}";
        }

        return SubnetAddresses.ReservedRole(block.Range, number, isGateway) is { } role
            ? $"is {role} of {block.Describe()}, not a host address"
            : null;
    }

    private static string Family(bool isIPv6) => isIPv6 ? "IPv6" : "IPv4";

    private static void ReportTaken(RuleContext context, NetworkBlock block, Located<string> text, AddressUse first)
    {
        var fault = first.IsGateway
            ? $"is already the gateway of network '{block.Name}'"
            : $"is already used by {first.Owner} on network '{block.Name}'";
        var related = new RelatedLocation(first.Location, $"'{IpAddressText.Shorten(text.Value)}' is first used here");
        context.Report(DiagnosticFactory.AddressOutsideNetwork(text.Location, IpAddressText.Shorten(text.Value), fault).WithRelated(related));
    }

    private static void Report(RuleContext context, Located<string> text, string fault) =>
        context.Report(DiagnosticFactory.AddressOutsideNetwork(text.Location, IpAddressText.Shorten(text.Value), fault));
}
