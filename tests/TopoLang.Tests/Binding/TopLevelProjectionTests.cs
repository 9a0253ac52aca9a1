using System.Linq;
using TopoLang.Compiler;

namespace TopoLang.Tests.Binding;

/// <summary>
/// Hosts, networks and deployments are projected onto the model as each is bound and their bound
/// blocks let go; references inside them are still checked once every name is declared.
/// </summary>
public sealed class TopLevelProjectionTests
{
    private const string Fleet = """
        host a {
          cpu intel { cores 8; features [vmx, ept] }
          memory 64 GiB
          hypervisor kvm {
            guest web { os linux "debian-12"; vcpus 2; memory 4 GiB; nic lan { ip "10.0.0.10" } }
          }
        }
        network lan { cidr "10.0.0.0/24" }
        host b {
          cpu intel { cores 8; features [vmx, ept] }
          memory 64 GiB
          hypervisor kvm { }
        }
        """;

    private static TopoCompilation Compile(string text, bool keepBoundBlocks = false) =>
        BindingInputs.Compile(text, "fleet.topo", keepBoundBlocks);

    [Fact]
    public void Projected_entries_are_in_the_model_in_source_order()
    {
        var model = Compile(Fleet).Model;

        Assert.Equal(new[] { "a", "b" }, model.Hosts.Select(host => host.Name.Value));
        Assert.Equal("lan", Assert.Single(model.Networks).Name.Value);
    }

    [Fact]
    public void Projected_entries_leave_no_bound_block_behind()
    {
        var root = Compile(Fleet).Binding.Root;

        Assert.DoesNotContain(root.Entries, entry => entry.Spec.Word is "host" or "network" or "deployment");
    }

    [Fact]
    public void Bound_blocks_are_kept_when_asked_for()
    {
        var root = Compile(Fleet, keepBoundBlocks: true).Binding.Root;

        Assert.Equal(new[] { "host", "network", "host" }, root.Entries.Where(entry => entry.Spec.Word != "provider").Select(entry => entry.Spec.Word));
    }

    [Fact]
    public void A_reference_to_a_network_declared_later_resolves()
    {
        Assert.Empty(Compile(Fleet).GetDiagnostics());
    }

    [Fact]
    public void A_reference_inside_a_projected_host_to_no_network_is_reported()
    {
        var diagnostic = Assert.Single(Compile(Fleet.Replace("nic lan", "nic wan")).GetDiagnostics());

        Assert.Equal("TOPO1003", diagnostic.Code);
        Assert.Contains("'wan'", diagnostic.Message);
    }

    [Fact]
    public void The_model_is_the_same_with_and_without_the_bound_blocks()
    {
        var lean = Compile(Fleet).Model;
        var kept = Compile(Fleet, keepBoundBlocks: true).Model;

        Assert.Equal(kept.Hosts.Select(host => host.ToString()), lean.Hosts.Select(host => host.ToString()));
    }
}
