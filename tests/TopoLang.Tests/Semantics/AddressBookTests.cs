using System.Linq;
using System.Net;
using TopoLang.Compiler;
using TopoLang.Compiler.Semantics.Addresses;
using TopoLang.Compiler.Text;

namespace TopoLang.Tests.Semantics;

/// <summary>The address book: networks by name, their ranges, the addresses in each, and each nic's network.</summary>
public sealed class AddressBookTests
{
    private const string Lab = """
        topology lab
        network lan {
          cidr "10.0.1.0/24"
          gateway "10.0.1.1"
        }
        network dmz { cidr "2001:db8::/64" }
        host h {
          hypervisor kvm {
            guest web { nic lan { ip "10.0.1.10" } nic dmz { ip "2001:db8::10" } }
            guest db { nic lan { ip "10.0.1.20" } nic lan }
          }
        }
        """;

    [Fact]
    public void Networks_are_found_by_name()
    {
        var book = BookOf(Lab);

        Assert.Equal("lan", book.Find("lan")?.Name);
        Assert.Equal("dmz", book.Find("dmz")?.Name);
        Assert.Null(book.Find("wan"));
    }

    [Fact]
    public void A_network_with_a_valid_cidr_has_its_range()
    {
        var book = BookOf(Lab);

        Assert.Equal("10.0.1.0/24", book.Find("lan")?.Range?.ToString());
        Assert.Equal("2001:db8::/64", book.Find("dmz")?.Range?.ToString());
    }

    [Fact]
    public void A_network_with_an_invalid_cidr_has_no_range()
    {
        var book = BookOf("""
            topology lab
            network lan { cidr "10.0.1.300/24" }
            """);

        var lan = Assert.Single(book.Networks);
        Assert.Null(lan.Range);
        Assert.Null(lan.Block);
    }

    [Fact]
    public void A_network_lists_its_gateway_then_each_nic_address_in_source_order()
    {
        var lan = BookOf(Lab).Find("lan")!;

        Assert.Equal(
            ["the gateway 10.0.1.1", "guest 'web' 10.0.1.10", "guest 'db' 10.0.1.20"],
            lan.Uses.Select(use => $"{use.Owner} {use.Address.Value.Text}"));
        Assert.True(lan.Uses[0].IsGateway);
    }

    [Fact]
    public void Each_nic_resolves_to_the_network_it_joins()
    {
        var book = BookOf(Lab);

        Assert.Equal(
            ["web lan", "web dmz", "db lan", "db lan"],
            book.Nics.Select(nic => $"{nic.Guest.Name.Value} {nic.Network?.Name}"));
        Assert.Same(book.Find("dmz"), book.Nics[1].Network);
    }

    [Fact]
    public void A_guest_has_its_own_nics_in_order()
    {
        var book = BookOf(Lab);
        var db = book.Nics[2].Guest;

        Assert.Equal([IPAddress.Parse("10.0.1.20"), null], book.NicsOf(db).Select(nic => nic.Nic.Ip?.Value.Value));
    }

    [Fact]
    public void A_nic_on_an_undeclared_network_resolves_to_none()
    {
        var book = BookOf("""
            topology lab
            host h { hypervisor kvm { guest web { nic wan { ip "10.0.1.10" } } } }
            """);

        Assert.Null(Assert.Single(book.Nics).Network);
    }

    [Fact]
    public void A_network_declared_twice_is_found_as_its_first_declaration_and_nics_join_it()
    {
        var book = BookOf("""
            topology lab
            network lan {
              cidr "10.0.1.0/24"
              gateway "10.0.1.1"
            }
            network lan {
              cidr "10.0.2.0/24"
              gateway "10.0.2.1"
            }
            host h { hypervisor kvm { guest web { nic lan { ip "10.0.1.10" } } } }
            """);

        Assert.Equal(2, book.Networks.Length);
        Assert.Same(book.Networks[0], book.Find("lan"));
        Assert.Same(book.Networks[0], Assert.Single(book.Nics).Network);
        Assert.Equal(["10.0.1.1", "10.0.1.10"], book.Networks[0].Uses.Select(use => use.Address.Value.Text));
        Assert.Equal(["10.0.2.1"], book.Networks[1].Uses.Select(use => use.Address.Value.Text));
    }

    private static AddressBook BookOf(string source) =>
        TopoCompilation.Create(SourceText.From(source, "addresses.topo")).Semantics.Addresses;
}
