using System;
using System.Collections.Generic;
using System.Linq;
using TopoLang.Runtime;
using static TopoLang.Tests.Runtime.RuntimeSamples;

namespace TopoLang.Tests.Runtime;

public sealed class TopologyTests
{
    private static Topology Lab()
    {
        var nested = Kvm(Guest("inner-1"), Guest("inner-2"));
        var kvmHost = Host("kvm-1", Kvm(Guest("web-1"), Guest("ci-1", nested), Guest("web-2")));
        var xenHost = Host("xen-1", Xen(RuntimeSamples.DomU("win-1", DomUMode.Hvm)));
        var lan = new Network("lan", new Cidr("10.0.1.0/24"), "10.0.1.1", 100, NetworkMode.Bridge);
        var d1 = new Provider("kt-cloud-d1", CloudPlatform.OpenStack, [ScalingMode.Up, ScalingMode.Out], ["server", "data-lake"], 300_000m, "KRW");
        var cloud = new Cloud("public", CloudPlatform.OpenStack, "kt-cloud-d1", "kr-central-1", [], new Quota(64, Size.Gibibytes(256), 20));
        var web = new Instance("web", "ubuntu-22.04", new Flavor(2, Size.Gibibytes(4), Size.Gibibytes(40)), 2, "lan", null, null);
        var shop = new Deployment("shop", "public", ["server"], [web]);
        return new Topology("lab", "Acme.Infra", [kvmHost, xenHost], [lan], [d1], [cloud], [shop]);
    }

    [Fact]
    public void Items_are_found_by_name()
    {
        var lab = Lab();

        Assert.Equal("kvm-1", lab.FindHost("kvm-1")?.Name);
        Assert.Equal("lan", lab.GetNetwork("lan").Name);
        Assert.Equal(300_000m, lab.GetProvider("kt-cloud-d1").MonthlyFee);
        Assert.Equal("kr-central-1", lab.GetCloud("public").Region);
        Assert.Equal("public", lab.GetDeployment("shop").Cloud);
    }

    [Fact]
    public void Find_gives_null_for_an_unknown_name()
    {
        var lab = Lab();

        Assert.Null(lab.FindHost("nope"));
        Assert.Null(lab.FindNetwork("nope"));
        Assert.Null(lab.FindProvider("nope"));
        Assert.Null(lab.FindCloud("nope"));
        Assert.Null(lab.FindDeployment("nope"));
        Assert.Null(lab.FindGuest("nope"));
    }

    [Fact]
    public void Get_throws_a_key_not_found_exception_naming_the_kind_and_the_name()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => Lab().GetHost("kvm-9"));

        Assert.Equal("Topology 'lab' has no host named 'kvm-9'.", error.Message);
    }

    [Fact]
    public void Names_are_case_sensitive()
    {
        Assert.Null(Lab().FindHost("KVM-1"));
    }

    [Fact]
    public void Guests_are_found_on_every_host_including_domus_and_nested_guests()
    {
        var lab = Lab();

        Assert.Equal("web-2", lab.FindGuest("web-2")?.Name);
        Assert.IsType<DomU>(lab.GetGuest("win-1"));
        Assert.Equal("inner-2", lab.FindGuest("inner-2")?.Name);
    }

    [Fact]
    public void All_guests_go_host_by_host_with_nested_guests_after_the_guest_that_runs_them()
    {
        var names = Lab().AllGuests.Select(g => g.Name);

        Assert.Equal(["web-1", "ci-1", "inner-1", "inner-2", "web-2", "win-1"], names);
    }

    [Fact]
    public void The_host_of_a_nested_guest_is_the_host_of_the_guest_that_runs_it()
    {
        var lab = Lab();

        Assert.Equal("kvm-1", lab.FindHostOf(lab.GetGuest("inner-1"))?.Name);
        Assert.Equal("xen-1", lab.FindHostOf(lab.GetGuest("win-1"))?.Name);
    }

    [Fact]
    public void Two_hosts_of_one_name_are_rejected()
    {
        var error = Assert.Throws<ArgumentException>(() => Topology(Host("h", Qemu()), Host("h", Qemu())));

        Assert.Contains("two hosts named 'h'", error.Message);
    }

    [Fact]
    public void The_lists_given_are_copied()
    {
        var hosts = new List<Host> { Host("h1", Qemu()) };
        var lab = new Topology("lab", null, hosts, [], [], [], []);

        hosts.Add(Host("h2", Qemu()));

        Assert.Single(lab.Hosts);
        Assert.Null(lab.FindHost("h2"));
    }

    [Fact]
    public void The_lists_exposed_cannot_be_changed_by_casting()
    {
        var lab = Topology(Host("h1", Qemu()));

        Assert.False(lab.Hosts is Host[]);
        Assert.True(((ICollection<Host>)lab.Hosts).IsReadOnly);
    }
}
