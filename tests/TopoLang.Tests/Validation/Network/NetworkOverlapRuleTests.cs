using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using TopoLang.Compiler;
using TopoLang.Compiler.Model;
using TopoLang.Compiler.Text;

namespace TopoLang.Tests.Validation.Network;

/// <summary>The sorted sweep of TOPO5002 against the obvious pair-wise check, on many networks.</summary>
public sealed class NetworkOverlapRuleTests
{
    private static readonly Regex Pair = new("^network '(?<later>[^']+)' \\([^)]*\\) overlaps network '(?<earlier>[^']+)'", RegexOptions.CultureInvariant);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Random_networks_report_each_overlapping_pair_once_and_no_other(int seed)
    {
        var networks = RandomNetworks(new Random(seed), 300);

        var expected = BruteForcePairs(networks);
        var reported = OverlapWarnings(networks);

        Assert.NotEmpty(expected);
        Assert.Equal(expected, reported.OrderBy(p => p).ToList());
    }

    [Fact]
    public void Thousands_of_disjoint_networks_report_nothing()
    {
        var networks = Enumerable.Range(0, 10_000)
            .Select(i => $"10.{i / 256}.{i % 256}.0/24")
            .Reverse()
            .ToList();

        Assert.Empty(OverlapWarnings(networks));
    }

    private static List<string> OverlapWarnings(IReadOnlyList<string> cidrs)
    {
        var source = new StringBuilder();
        for (var i = 0; i < cidrs.Count; i++)
        {
            source.Append(CultureInfo.InvariantCulture, $"network n{i} {{ cidr \"{cidrs[i]}\" }}\n");
        }

        var diagnostics = TopoCompilation.Create(SourceText.From(source.ToString(), "sweep.topo")).GetDiagnostics();
        Assert.All(diagnostics, d => Assert.Equal("TOPO5002", d.Code));
        return diagnostics.Select(d => Pair.Match(d.Message)).Select(m => $"{m.Groups["later"].Value}>{m.Groups["earlier"].Value}").ToList();
    }

    private static List<string> BruteForcePairs(IReadOnlyList<string> cidrs)
    {
        var parsed = cidrs.Select(c => IpNetwork.TryParse(c, out var network, out _) ? network : throw new ArgumentException(c)).ToList();
        var pairs = new List<string>();
        for (var later = 0; later < parsed.Count; later++)
        {
            for (var earlier = 0; earlier < later; earlier++)
            {
                if (parsed[later].Overlaps(parsed[earlier]))
                {
                    pairs.Add($"n{later}>n{earlier}");
                }
            }
        }

        return pairs.OrderBy(p => p).ToList();
    }

    /// <summary>Nested, identical, adjacent and disjoint blocks in a small space, IPv4 and IPv6, so that all occur.</summary>
    private static List<string> RandomNetworks(Random random, int count)
    {
        var networks = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            var prefix = random.Next(12, 25);
            var start = (uint)random.Next(0, 1 << 20) << 8;
            start &= uint.MaxValue << (32 - prefix);
            networks.Add(random.Next(10) == 0
                ? $"fd00:{start >> 16:x}::/{prefix + 16}"
                : $"10.{(start >> 16) & 0xFF}.{(start >> 8) & 0xFF}.0/{prefix}");
        }

        return networks;
    }
}
