using System;
using System.Collections.Generic;
using System.Net;
using TopoLang.Compiler.Catalog;
using TopoLang.Compiler.Diagnostics;
using TopoLang.Compiler.Model;
using TopoLang.Compiler.Semantics.Addresses;

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
        var book = context.Semantics.Addresses;
        var claims = Gateways(context, book);
        foreach (var nic in book.Nics)
        {
            if (nic.Nic.Ip is { } ip && nic.Network is { } network && claims.TryGetValue(network, out var taken))
            {
                Place(context, taken, AddressUse.ForNic(nic.Guest, ip));
            }
        }
    }

    /// <summary>Checks every gateway and opens the claims of each network with its gateway in them.</summary>
    private static Dictionary<NetworkAddresses, AddressClaims> Gateways(RuleContext context, AddressBook book)
    {
        var claims = new Dictionary<NetworkAddresses, AddressClaims>(book.Networks.Length);
        foreach (var network in book.Networks)
        {
            if (network.Block is not { } block)
            {
                continue;
            }

            var taken = new AddressClaims(block);
            if (network.Uses is [{ IsGateway: true } gateway, ..])
            {
                Place(context, taken, gateway);
            }

            // Nics join only the first declaration of a name (a second is TOPO1002).
            claims.Add(network, taken);
        }

        return claims;
    }

    private static void Place(RuleContext context, AddressClaims claims, AddressUse use)
    {
        var written = use.Address;
        if (written.Value.Value is not { } address)
        {
            return;
        }

        var text = written.Select(parsed => parsed.Text);
        var number = IpAddressBits.ToNumber(address);
        if (Misplaced(claims.Block, address, number, use.IsGateway) is { } fault)
        {
            Report(context, text, fault);
        }
        else if (!claims.TryClaim(number, use, out var first))
        {
            ReportTaken(context, claims.Block, text, first);
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
