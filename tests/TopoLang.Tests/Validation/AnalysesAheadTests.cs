using System.Linq;
using System.Text;
using TopoLang.Tests.Binding;

namespace TopoLang.Tests.Validation;

/// <summary>
/// On a fleet, the host capacities and the address book are built on another core while the
/// first rules run (AnalysesAhead): the rules that use them report exactly what they find.
/// </summary>
public sealed class AnalysesAheadTests
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
