using System.Linq;
using TopoLang.Compiler;

namespace TopoLang.Tests.Binding;

/// <summary>
/// The binder binds each host into the bound objects the host before it left behind
/// (BoundArena): nothing of one host may show in the next, and what the top level keeps is never
/// handed out again.
/// </summary>
public sealed class BoundArenaTests
{
    private static TopoCompilation Compile(string text) => BindingInputs.Compile(text, "fleet.topo");

    [Fact]
    public void A_host_bound_after_a_larger_one_has_only_its_own_entries()
    {
        var model = Compile("""
            host big {
              cpu intel { cores 8; features [vmx, ept] }
              memory 64 GiB
              storage 2 TiB
              hypervisor kvm {
                guest web { os linux "debian-12"; vcpus 2; memory 4 GiB; disk root 20 GiB }
                guest db { os linux "debian-12"; vcpus 4; memory 8 GiB }
              }
            }
            host small {
              memory 16 GiB
            }
            """).Model;

        var small = model.Hosts.Single(host => host.Name.Value == "small");
        Assert.Null(small.Cpu);
        Assert.Null(small.Storage);
        Assert.Null(small.Hypervisor);
        Assert.Equal(16L << 30, small.Memory!.Value.Value);
    }

    [Fact]
    public void Guests_of_hosts_bound_one_after_the_other_keep_their_own_values()
    {
        var model = Compile("""
            host a {
              memory 64 GiB
              hypervisor kvm { guest one { os linux "debian-12"; vcpus 2; memory 4 GiB } }
            }
            host b {
              memory 64 GiB
              hypervisor kvm { guest two { os windows "2022"; vcpus 6; memory 12 GiB } }
            }
            """).Model;

        var guests = model.Hosts.SelectMany(host => host.Hypervisor!.Guests).ToDictionary(guest => guest.Name.Value);
        Assert.Equal(2, guests["one"].Vcpus!.Value.Value);
        Assert.Equal("debian-12", guests["one"].Distro);
        Assert.Equal(6, guests["two"].Vcpus!.Value.Value);
        Assert.Equal("2022", guests["two"].Distro);
    }

    [Fact]
    public void A_duplicate_entry_in_a_recycled_host_is_still_reported_against_the_first()
    {
        var compilation = Compile("""
            host a { memory 64 GiB }
            host b {
              memory 16 GiB
              memory 32 GiB
            }
            """);

        var duplicate = Assert.Single(compilation.GetDiagnostics(), diagnostic => diagnostic.Code == "TOPO1006");
        Assert.Equal(4, duplicate.Location.Start.Line);
        Assert.Equal(3, Assert.Single(duplicate.Related).Location.Start.Line);
    }

    [Fact]
    public void A_cloud_kept_by_the_top_level_survives_the_hosts_bound_after_it()
    {
        var model = Compile("""
            cloud lab { platform openstack; region "one" }
            host a { memory 64 GiB }
            host b { memory 64 GiB }
            """).Model;

        var cloud = Assert.Single(model.Clouds);
        Assert.Equal("lab", cloud.Name.Value);
        Assert.Equal("one", cloud.Region);
    }

    [Fact]
    public void A_two_value_entry_of_a_recycled_host_does_not_keep_the_second_value_before_it()
    {
        var model = Compile("""
            host a {
              memory 64 GiB
              hypervisor kvm { guest one { os linux "debian-12"; vcpus 2; memory 4 GiB } }
            }
            host b {
              memory 64 GiB
              hypervisor kvm { guest two { os linux; vcpus 2; memory 4 GiB } }
            }
            """).Model;

        var guests = model.Hosts.SelectMany(host => host.Hypervisor!.Guests).ToDictionary(guest => guest.Name.Value);
        Assert.Equal("debian-12", guests["one"].Distro);
        Assert.Null(guests["two"].Distro);
    }

    [Fact]
    public void References_in_recycled_hosts_are_checked_by_their_own_names_at_the_end()
    {
        var compilation = Compile("""
            network lan { cidr "10.0.0.0/24" }
            host a {
              memory 64 GiB
              hypervisor kvm { guest one { os linux; vcpus 2; memory 4 GiB; nic lan { ip "10.0.0.5" } } }
            }
            host b {
              memory 64 GiB
              hypervisor kvm { guest two { os linux; vcpus 2; memory 4 GiB; nic wan { ip "10.0.0.6" } } }
            }
            """);

        var undeclared = Assert.Single(compilation.GetDiagnostics(), diagnostic => diagnostic.Code == "TOPO1003");
        Assert.Contains("'wan'", undeclared.Message);
        Assert.Equal(8, undeclared.Location.Start.Line);
        var nics = compilation.Model.Hosts.SelectMany(host => host.Hypervisor!.Guests).ToDictionary(guest => guest.Name.Value, guest => guest.Nics.Single());
        Assert.Equal("lan", nics["one"].Network.Value);
        Assert.Equal("10.0.0.5", nics["one"].Ip!.Value.Value.Text);
        Assert.Equal("10.0.0.6", nics["two"].Ip!.Value.Value.Text);
        Assert.Equal("wan", nics["two"].Network.Value);
    }

    [Fact]
    public void A_param_used_by_every_host_keeps_its_value_while_the_hosts_values_are_recycled()
    {
        var model = Compile("""
            param guest_memory: size = 6 GiB
            host a {
              memory 64 GiB
              hypervisor kvm { guest one { os linux; vcpus 2; memory guest_memory } }
            }
            host b {
              memory 32 GiB
              hypervisor kvm { guest two { os linux; vcpus 2; memory guest_memory } }
            }
            host c {
              memory 16 GiB
              hypervisor kvm { guest three { os linux; vcpus 2; memory 1 GiB } }
            }
            """).Model;

        var memory = model.Hosts.SelectMany(host => host.Hypervisor!.Guests).ToDictionary(guest => guest.Name.Value, guest => guest.Memory!.Value.Value);
        Assert.Equal(6L << 30, memory["one"]);
        Assert.Equal(6L << 30, memory["two"]);
        Assert.Equal(1L << 30, memory["three"]);
    }
}
