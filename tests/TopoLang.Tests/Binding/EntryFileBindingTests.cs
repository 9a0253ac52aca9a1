using System.Linq;
using TopoLang.Compiler;
using TopoLang.Compiler.Binding.Imports;
using TopoLang.Compiler.Syntax;
using TopoLang.Compiler.Text;

namespace TopoLang.Tests.Binding;

/// <summary>
/// The entry file is bound as it is parsed. Params and headers may still come anywhere: what
/// precedes the last of them waits for it.
/// </summary>
public sealed class EntryFileBindingTests
{
    private const string Host = """
        host a {
          cpu intel { cores 8; features [vmx, ept] }
          memory 64 GiB
          hypervisor kvm { guest web { os linux "debian-12"; vcpus 2; memory guest_memory } }
        }
        """;

    private static TopoCompilation Compile(string text) => BindingInputs.Compile(text, "entry.topo");

    [Fact]
    public void A_param_declared_after_the_entries_that_use_it_applies_to_them()
    {
        var compilation = Compile(Host + "\nparam guest_memory: size = 6 GiB\n");

        Assert.Empty(compilation.GetDiagnostics());
        Assert.Equal(6L << 30, compilation.Model.Hosts[0].Hypervisor!.Guests[0].Memory!.Value.Value);
    }

    [Fact]
    public void Hosts_waiting_for_a_later_param_keep_their_own_syntax_while_the_file_is_read_on()
    {
        var text = Host + "\n" + Host.Replace("host a", "host b").Replace("guest web", "guest db").Replace("vcpus 2", "vcpus 6")
            + "\nparam guest_memory: size = 6 GiB\n"
            + Host.Replace("host a", "host c").Replace("guest web", "guest cache").Replace("vcpus 2", "vcpus 4");

        var compilation = Compile(text);

        Assert.Empty(compilation.GetDiagnostics());
        var guests = compilation.Model.Hosts.Select(host => (host.Name.Value, host.Hypervisor!.Guests[0].Name.Value, host.Hypervisor.Guests[0].Vcpus!.Value.Value));
        Assert.Equal(new[] { ("a", "web", 2), ("b", "db", 6), ("c", "cache", 4) }, guests);
    }

    [Fact]
    public void A_param_declared_first_applies_to_the_entries_after_it()
    {
        var compilation = Compile("param guest_memory: size = 2 GiB\n" + Host);

        Assert.Empty(compilation.GetDiagnostics());
        Assert.Equal(2L << 30, compilation.Model.Hosts[0].Hypervisor!.Guests[0].Memory!.Value.Value);
    }

    [Fact]
    public void A_header_after_an_entry_is_still_reported_out_of_place()
    {
        var diagnostic = Assert.Single(Compile("param guest_memory: size = 2 GiB\n" + Host + "\ntopology late\n").GetDiagnostics());

        Assert.Equal("TOPO1001", diagnostic.Code);
        Assert.Contains("must come before any other statement", diagnostic.Message);
    }

    [Fact]
    public void The_entry_tree_gives_the_same_syntax_as_a_parse_of_its_text()
    {
        var text = "param guest_memory: size = 2 GiB\n" + Host;
        var compilation = Compile(text);

        var entry = compilation.Units.Single(unit => unit.Kind == SourceUnitKind.Entry).Tree;

        Assert.Equal(SyntaxTree.Parse(SourceText.From(text, "entry.topo")).Root.ToString(), entry.Root.ToString());
        Assert.Equal(text, entry.ToFullString());
    }

    [Fact]
    public void Syntax_errors_of_the_entry_file_are_reported_once()
    {
        var diagnostics = Compile("param guest_memory: size = 2 GiB\n" + Host + "\nhost b { memory }\n").GetDiagnostics();

        Assert.Single(diagnostics, diagnostic => diagnostic.Code == "TOPO1004" || diagnostic.Code == "TOPO0002");
    }

    [Fact]
    public void Recovery_from_a_missing_close_brace_is_the_same_when_the_file_is_bound_as_it_is_parsed()
    {
        const string text = "network web {\n  cidr \"10.0.1.0/24\"\nhost a {\n  memory 8 GiB\n}\nnetwork lan { cidr \"10.0.2.0/24 }\n";

        var streamed = Compile(text).GetDiagnostics().Where(d => d.Code.StartsWith("TOPO0", System.StringComparison.Ordinal));
        var whole = TopoLang.Compiler.Diagnostics.DiagnosticOrder.Sort(SyntaxTree.Parse(SourceText.From(text, "entry.topo")).Diagnostics);

        Assert.Equal(whole.Select(d => (d.Code, d.Location.Span)), streamed.Select(d => (d.Code, d.Location.Span)));
        Assert.Equal(2, whole.Length);
    }
}
