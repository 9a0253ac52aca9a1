using TopoLang.Compiler;
using TopoLang.Compiler.Model;

namespace TopoLang.Tests.Binding;

/// <summary>
/// A nic's `ip` is bound straight into its 32 bits when it is a valid IPv4 address (a fleet's
/// address per guest), and read as before otherwise; either way the model gives back the text and
/// the place it was written at.
/// </summary>
public sealed class NicAddressBindingTests
{
    private static NicModel NicOf(string ip)
    {
        var compilation = BindingInputs.Compile($$"""
            network lan { cidr "10.0.0.0/24" }
            host a {
              memory 64 GiB
              hypervisor kvm { guest one { os linux; vcpus 2; memory 4 GiB; nic lan { ip {{ip}} } } }
            }
            """, "fleet.topo");
        return Assert.Single(Assert.Single(Assert.Single(compilation.Model.Hosts).Hypervisor!.Guests).Nics);
    }

    [Fact]
    public void A_valid_IPv4_address_is_bound_into_its_bits()
    {
        var nic = NicOf("\"10.0.0.5\"");

        Assert.True(nic.TryGetPackedIPv4(out var bits));
        Assert.Equal(0x0A000005u, bits);
        Assert.Equal("10.0.0.5", nic.Ip!.Value.Value.Text);
        Assert.Equal(System.Net.IPAddress.Parse("10.0.0.5"), nic.Ip.Value.Value.Value);
        Assert.Equal("\"10.0.0.5\"", nic.Ip.Value.Location.Source.ToString(nic.Ip.Value.Location.Span));
        Assert.Equal("ip", nic.Ip.Value.EntryLocation.Source.ToString(nic.Ip.Value.EntryLocation.Span));
    }

    [Fact]
    public void An_IPv6_address_is_kept_as_written()
    {
        var nic = NicOf("\"2001:db8::5\"");

        Assert.False(nic.TryGetPackedIPv4(out _));
        Assert.Equal("2001:db8::5", nic.Ip!.Value.Value.Text);
        Assert.True(nic.Ip.Value.Value.IsValid);
    }

    [Fact]
    public void An_address_that_does_not_read_keeps_its_text_and_reason()
    {
        var nic = NicOf("\"10.0.0.05\"");

        Assert.False(nic.TryGetPackedIPv4(out _));
        Assert.Equal("10.0.0.05", nic.Ip!.Value.Value.Text);
        Assert.Contains("leading zero", nic.Ip.Value.Value.Error);
    }

    [Theory]
    [InlineData("0.0.0.0")]
    [InlineData("10.0.0.5")]
    [InlineData("192.168.100.254")]
    [InlineData("255.255.255.255")]
    [InlineData("2001:db8::5")]
    [InlineData("10.0.0.05")]
    public void The_address_text_is_the_text_written_whether_packed_or_not(string ip)
    {
        var nic = NicOf("\"" + ip + "\"");

        Assert.Equal(ip, nic.IpText);
        Assert.Equal(nic.Ip!.Value.Value.Text, nic.IpText);
    }

    [Fact]
    public void An_address_made_by_interpolation_is_bound_into_its_bits()
    {
        var compilation = BindingInputs.Compile("""
            param last: int = 7
            network lan { cidr "10.0.0.0/24" }
            host a {
              memory 64 GiB
              hypervisor kvm { guest one { os linux; vcpus 2; memory 4 GiB; nic lan { ip "10.0.0.${last}" } } }
            }
            """, "fleet.topo");
        var nic = Assert.Single(Assert.Single(Assert.Single(compilation.Model.Hosts).Hypervisor!.Guests).Nics);

        Assert.True(nic.TryGetPackedIPv4(out var bits));
        Assert.Equal(0x0A000007u, bits);
    }

    [Fact]
    public void A_plain_address_is_bound_without_its_text_which_is_made_when_read()
    {
        var source = TopoLang.Compiler.Text.SourceText.From("ip \"10.0.0.5\"", "nic.topo");
        var location = new TopoLang.Compiler.Text.SourceLocation(source, new TopoLang.Compiler.Text.TextSpan(3, 10));

        var kept = TopoLang.Compiler.Binding.Bound.StringValue.KeptInSource(location);

        Assert.True(kept.IsKeptInSource);
        Assert.Equal("10.0.0.5", kept.Value);
        Assert.False(kept.IsKeptInSource);
        Assert.Equal(new TopoLang.Compiler.Binding.Bound.StringValue("10.0.0.5", location), TopoLang.Compiler.Binding.Bound.StringValue.KeptInSource(location));
    }
}
