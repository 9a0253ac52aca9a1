using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using TopoLang.Compiler.Diagnostics;
using TopoLang.Compiler.Text;
using TopoLang.Compiler.Validation;
using TopoLang.Tests.Binding;

namespace TopoLang.Tests.Validation;

/// <summary>
/// On a fleet, the capacity and address rules run on another core while the rules before them
/// run (RulesAhead): the compilation reports what the rules report in turn, in the same order,
/// up to the limit of diagnostics.
/// </summary>
public sealed class RulesAheadTests
{
    private const int Hosts = 60;
    private const int GuestsPerHost = 20;

    [Fact]
    public void A_fleets_capacity_and_address_errors_are_each_reported_once_where_they_are()
    {
        var fleet = Fleet(smallHost: 7, duplicateOf: (Host: 2, Guest: 5), duplicateAt: (Host: 3, Guest: 9));

        var diagnostics = BindingInputs.Compile(fleet, "fleet.topo").GetDiagnostics();

        Assert.Equal(new[] { "TOPO5003", "TOPO4001" }, diagnostics.Select(d => d.Code));
        Assert.Contains($"'{Address(2, 5)}'", diagnostics[0].Message);
        Assert.Contains("host 'h7'", diagnostics[1].Message);
    }

    [Fact]
    public void A_valid_fleet_large_enough_to_build_them_ahead_has_no_diagnostics()
    {
        Assert.Empty(BindingInputs.Compile(Fleet(smallHost: -1, duplicateOf: (-1, -1), duplicateAt: (-1, -1)), "fleet.topo").GetDiagnostics());
    }

    [Theory]
    [InlineData(0, 10)]
    [InlineData(CompilerLimits.MaxDiagnostics - 100, 10)]
    [InlineData(CompilerLimits.MaxDiagnostics - 5, 10)]
    [InlineData(CompilerLimits.MaxDiagnostics - 10, 10)]
    [InlineData(CompilerLimits.MaxDiagnostics, 10)]
    public void Rules_run_ahead_report_what_they_report_in_turn_up_to_the_limit(int before, int ahead)
    {
        var semantics = BindingInputs.Compile(Fleet(smallHost: -1, duplicateOf: (-1, -1), duplicateAt: (-1, -1)), "fleet.topo").Semantics;
        var first = new Reporting("first", before);
        var later = ImmutableArray.Create<ITopologyRule>(new Reporting("later", ahead), new Reporting("last", ahead));

        var inTurn = new DiagnosticBag();
        var inTurnContext = new RuleContext(semantics, inTurn);
        first.Check(inTurnContext);
        foreach (var rule in later)
        {
            rule.Check(inTurnContext);
        }

        var beside = new DiagnosticBag();
        var besideContext = new RuleContext(semantics, beside);
        var running = RulesAhead.Start(later, semantics, beside);
        Assert.True(running is not null || System.Environment.ProcessorCount == 1);
        first.Check(besideContext);
        if (running is null)
        {
            // One core: nothing runs ahead, and the rules run in turn as above.
            foreach (var rule in later)
            {
                rule.Check(besideContext);
            }
        }
        else
        {
            running.Join(besideContext);
        }

        Assert.Equal(inTurn.Select(d => (d.Code, d.Message)), beside.Select(d => (d.Code, d.Message)));
    }

    /// <summary>Reports a number of distinct diagnostics, each only while the bag takes them, as the rules do.</summary>
    private sealed class Reporting(string name, int count) : ITopologyRule
    {
        public string Code => "TOPO1005";

        public void Check(RuleContext context)
        {
            for (var i = 0; i < count && context.Takes(DiagnosticCatalog.MissingEntry); i++)
            {
                context.Report(DiagnosticFactory.MissingEntry(new SourceLocation(SourceText.From("", "rules.topo"), default), name, $"word{i}"));
            }
        }
    }

    private static string Fleet(int smallHost, (int Host, int Guest) duplicateOf, (int Host, int Guest) duplicateAt)
    {
        var text = new StringBuilder();
        for (var network = 0; network < Hosts / 10; network++)
        {
            text.Append($"network n{network} {{ cidr \"10.0.{network}.0/24\"; gateway \"10.0.{network}.1\" }}\n");
        }

        for (var host = 0; host < Hosts; host++)
        {
            text.Append($"host h{host} {{\n  cpu intel {{ cores 16; threads 2; features [vmx, ept] }}\n  memory {(host == smallHost ? 16 : 256)} GiB\n  hypervisor kvm {{\n");
            for (var guest = 0; guest < GuestsPerHost; guest++)
            {
                var address = (host, guest) == duplicateAt ? Address(duplicateOf.Host, duplicateOf.Guest) : Address(host, guest);
                text.Append($"    guest g{host}x{guest} {{ os linux \"debian-12\"; vcpus 2; memory 4 GiB; nic n{host / 10} {{ ip \"{address}\" }} }}\n");
            }

            text.Append("  }\n}\n");
        }

        return text.ToString();
    }

    private static string Address(int host, int guest) => $"10.0.{host / 10}.{10 + ((host % 10) * GuestsPerHost) + guest}";
}
