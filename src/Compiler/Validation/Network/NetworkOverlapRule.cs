using System.Collections.Generic;
using TopoLang.Compiler.Diagnostics;
using TopoLang.Compiler.Semantics.Addresses;

namespace TopoLang.Compiler.Validation.Network;

/// <summary>
/// TOPO5002: two networks whose CIDRs share addresses, once per pair, at the later network's
/// `cidr`. CIDR blocks either nest or are disjoint, so after sorting by (family, start, widest
/// first) the networks that overlap the current one are exactly those still open on a stack of
/// nested blocks: O(n log n) plus one step per pair reported.
/// </summary>
public sealed class NetworkOverlapRule : ITopologyRule
{
    public string Code => DiagnosticCatalog.NetworksOverlap.Code;

    public void Check(RuleContext context)
    {
        // Suppressed (`--nowarn TOPO5002`), the pairs would be counted only to be dropped.
        if (!context.Takes(DiagnosticCatalog.NetworksOverlap))
        {
            return;
        }

        var blocks = Blocks(context.Semantics.Addresses);
        blocks.Sort(BySortKeyThenSourceOrder);

        // Each block on the stack contains the one above it.
        var enclosing = new List<NetworkBlock>();
        foreach (var block in blocks)
        {
            while (enclosing.Count > 0 && !Contains(enclosing[^1], block))
            {
                enclosing.RemoveAt(enclosing.Count - 1);
            }

            foreach (var outer in enclosing)
            {
                // n networks with one CIDR are n(n-1)/2 pairs: once no more are taken, report one
                // more (dropped, with the notice that says so) and stop looking.
                var full = context.IsFull;
                Report(context, outer, block);
                if (full)
                {
                    return;
                }
            }

            enclosing.Add(block);
        }
    }

    /// <summary>
    /// The networks with a valid CIDR. A second declaration of a name (TOPO1002) is left out:
    /// nothing refers to it, and its overlap with the first would only repeat the duplicate.
    /// </summary>
    private static List<NetworkBlock> Blocks(AddressBook book)
    {
        var blocks = new List<NetworkBlock>(book.Networks.Length);
        foreach (var network in book.Networks)
        {
            if (ReferenceEquals(book.Find(network.Name), network) && network.Block is { } block)
            {
                blocks.Add(block);
            }
        }

        return blocks;
    }

    // Identical CIDRs compare equal; source order keeps the sort, and so the output, deterministic.
    private static int BySortKeyThenSourceOrder(NetworkBlock a, NetworkBlock b)
    {
        var byKey = a.Key.CompareTo(b.Key);
        return byKey != 0 ? byKey : a.Order.CompareTo(b.Order);
    }

    // Sorted order puts outer's start at or before inner's, so containing inner's start is enough.
    private static bool Contains(NetworkBlock outer, NetworkBlock inner) =>
        outer.Key.IsIPv6 == inner.Key.IsIPv6 && inner.Key.Start <= outer.Last;

    private static void Report(RuleContext context, NetworkBlock a, NetworkBlock b)
    {
        var (earlier, later) = a.Order < b.Order ? (a, b) : (b, a);
        var diagnostic = DiagnosticFactory.NetworksOverlap(later.Cidr.Location, later.Name, later.Cidr.Value, earlier.Name, earlier.Cidr.Value)
            .WithRelated(new RelatedLocation(earlier.Cidr.Location, $"{earlier.Describe()} is declared here"));
        context.Report(diagnostic);
    }
}
