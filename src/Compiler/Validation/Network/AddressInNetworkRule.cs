using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using TopoLang.Compiler.Catalog;
using TopoLang.Compiler.Diagnostics;
using TopoLang.Compiler.Model;
using TopoLang.Compiler.Semantics.Addresses;

namespace TopoLang.Compiler.Validation.Network;

/// <summary>
/// TOPO5003: a network's `gateway` or a nic's `ip` that is outside the network's CIDR, of the
/// other IP family, one of the subnet's reserved addresses (<see cref="SubnetAddresses"/>), or
/// already taken in that network (the gateway first, then nics in source order; reported once,
/// at each later one, with the first use). Addresses and CIDRs that do not parse are TOPO5001's, and nics on a
/// network that is missing or has no valid CIDR are skipped.
/// </summary>
public sealed class AddressInNetworkRule : ITopologyRule
{
    public string Code => DiagnosticCatalog.AddressOutsideNetwork.Code;

    public void Check(RuleContext context)
    {
        // One index of the addresses taken, emptied for each network: a fleet has hundreds of
        // networks of hundreds of addresses, and a dictionary per network was most of what
        // this rule allocated.
        var firstUse = new Dictionary<UInt128, int>();
        foreach (var network in context.Semantics.Addresses.Networks)
        {
            // Nics join only the first declaration of a name (a second is TOPO1002, and holds its gateway alone).
            if (network.Block is { } block)
            {
                firstUse.Clear();
                firstUse.EnsureCapacity(network.Uses.Length);
                for (var i = 0; i < network.Uses.Length; i++)
                {
                    Place(context, block, network.Uses, i, firstUse);
                }
            }
        }
    }

    /// <summary>Checks the address of use <paramref name="index"/> against the block and the addresses taken before it.</summary>
    private static void Place(RuleContext context, NetworkBlock block, ImmutableArray<AddressUse> uses, int index, Dictionary<UInt128, int> firstUse)
    {
        var use = uses[index];
        if (!use.TryGetNumber(out var number, out var isIPv6))
        {
            return;
        }

        if (Misplaced(block, isIPv6, number, use.IsGateway) is { } fault)
        {
            Report(context, Text(use), fault);
        }
        else if (!firstUse.TryAdd(number, index))
        {
            ReportTaken(context, block, Text(use), uses[firstUse[number]]);
        }
    }

    // Made only for a message: a nic's address is kept as a number (NicModel).
    private static Located<string> Text(AddressUse use) => use.Address.Select(parsed => parsed.Text);

    private static string? Misplaced(NetworkBlock block, bool isIPv6, UInt128 number, bool isGateway)
    {
        if (isIPv6 != block.Range.IsIPv6)
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
