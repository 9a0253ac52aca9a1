using System.Linq;
using TopoLang.Compiler;
using TopoLang.Compiler.Binding.Schema;

namespace TopoLang.Tests.Binding;

/// <summary>
/// The symbol table records where each entity is declared and every reference that resolved to
/// it, across files and loops: what "go to definition" and "find references" read.
/// </summary>
public sealed class SymbolTableTests
{
    private const string Lab = """
        host kvm-01 {
          cpu intel { cores 8; features [vmx, ept] }
          memory 64 GiB
          hypervisor kvm {
            guest web { os linux; vcpus 2; memory 4 GiB; nic lan { ip "10.0.0.10" } }
            guest db { os linux; vcpus 2; memory 4 GiB; nic lan { ip "10.0.0.11" }; nic backup }
          }
        }
        network lan { cidr "10.0.0.0/24" }
        network backup { cidr "10.0.1.0/24" }
        """;

    private static TopoCompilation Compile(string text) => BindingInputs.Compile(text, "lab.topo");

    [Fact]
    public void A_declaration_is_recorded_at_its_name()
    {
        var symbols = Compile(Lab).Binding.Symbols;

        var lan = symbols.Find("lan")!;

        Assert.Equal(EntityKind.Network, lan.Kind);
        Assert.Equal("lan", lan.Location.Source.ToString(lan.Location.Span));
        Assert.Equal(9, lan.Location.Start.Line);
    }

    [Fact]
    public void Every_resolved_reference_is_recorded_against_its_symbol()
    {
        var symbols = Compile(Lab).Binding.Symbols;

        var lan = symbols.ReferencesTo(symbols.Find("lan")!).ToList();
        var backup = symbols.ReferencesTo(symbols.Find("backup")!).ToList();

        Assert.Equal(new[] { 5, 6 }, lan.Select(location => location.Start.Line));
        Assert.All(lan, location => Assert.Equal("lan", location.Source.ToString(location.Span)));
        Assert.Equal(6, Assert.Single(backup).Start.Line);
    }

    [Fact]
    public void An_undeclared_name_is_not_recorded_as_a_reference()
    {
        var compilation = Compile(Lab.Replace("nic backup", "nic spare"));

        Assert.Contains(compilation.GetDiagnostics(), d => d.Code == "TOPO1003");
        Assert.DoesNotContain(compilation.Binding.Symbols.References, reference => reference.Symbol.Name == "spare");
    }

    [Fact]
    public void A_reference_to_a_name_of_another_kind_is_not_recorded()
    {
        var compilation = Compile(Lab.Replace("nic backup", "nic web"));

        Assert.Contains(compilation.GetDiagnostics(), d => d.Code == "TOPO1003");
        Assert.Empty(compilation.Binding.Symbols.ReferencesTo(compilation.Binding.Symbols.Find("web")!));
    }

    [Fact]
    public void A_broken_declaration_declares_its_name_without_a_model_entry()
    {
        var compilation = Compile(Lab.Replace("network backup {", "network backup ^ {"));

        var backup = compilation.Binding.Symbols.Find("backup")!;

        Assert.True(backup.IsBroken);
        Assert.DoesNotContain(compilation.GetDiagnostics(), d => d.Code == "TOPO1003");
        Assert.DoesNotContain(compilation.Model.Networks, network => network.Name.Value == "backup");
    }

    [Fact]
    public void A_sound_declaration_replaces_a_broken_one_of_the_same_name()
    {
        var compilation = Compile(Lab.Replace("network backup {", "network lan = {"));

        Assert.False(compilation.Binding.Symbols.Find("lan")!.IsBroken);
        Assert.DoesNotContain(compilation.GetDiagnostics(), d => d.Code == "TOPO1002");
    }

    private const string Looped = """
        param web_count: int = 3
        param web_memory: size = 2 GiB
        host kvm-01 {
          cpu intel { cores 8; features [vmx, ept] }
          memory 64 GiB
          hypervisor kvm { for i in 1..web_count { guest "web-${i}" { os linux; vcpus 1; memory web_memory } } }
        }
        """;

    [Fact]
    public void A_param_used_as_a_value_is_recorded_with_its_declaration()
    {
        var references = Compile(Looped).Binding.Symbols.VariableReferences;

        var memory = Assert.Single(references, reference => reference.Name == "web_memory");

        Assert.Equal("web_memory", memory.Location.Source.ToString(memory.Location.Span));
        Assert.Equal(2, memory.Declaration.Start.Line);
        Assert.Equal(6, memory.Location.Start.Line);
    }

    [Fact]
    public void A_loop_variable_in_a_string_is_recorded_once_however_many_turns_the_loop_makes()
    {
        var references = Compile(Looped).Binding.Symbols.VariableReferences;

        var loopVariable = Assert.Single(references, reference => reference.Name == "i");

        Assert.Equal("${i}", loopVariable.Location.Source.ToString(loopVariable.Location.Span));
        Assert.Equal("i", loopVariable.Declaration.Source.ToString(loopVariable.Declaration.Span));
    }

    [Fact]
    public void A_param_used_as_a_loop_bound_is_recorded()
    {
        var references = Compile(Looped).Binding.Symbols.VariableReferences;

        Assert.Contains(references, reference => reference.Name == "web_count" && reference.Declaration.Start.Line == 1);
    }

    private static TopoCompilation CompileWithoutReferences(string text) =>
        TopoCompilation.Create(
            TopoLang.Compiler.Text.SourceText.From(text, "lab.topo"),
            new TopoCompilationOptions { FileSystem = new TopoLang.Compiler.Binding.Imports.InMemoryFileSystem(), Diagnostics = BindingInputs.Options, RecordReferences = false });

    [Fact]
    public void A_compile_that_does_not_record_references_keeps_its_symbols_and_no_reference()
    {
        var symbols = CompileWithoutReferences(Lab + "\n" + Looped).Binding.Symbols;

        Assert.False(symbols.RecordsReferences);
        Assert.NotNull(symbols.Find("lan"));
        Assert.Empty(symbols.References);
        Assert.Empty(symbols.VariableReferences);
    }

    [Fact]
    public void Without_recorded_references_an_undeclared_name_is_still_reported()
    {
        var diagnostics = CompileWithoutReferences(Lab.Replace("nic backup", "nic spare")).GetDiagnostics();

        Assert.Contains(diagnostics, d => d.Code == "TOPO1003" && d.Message.Contains("'spare'", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Without_recorded_references_a_name_declared_above_as_another_kind_is_still_reported()
    {
        var diagnostics = CompileWithoutReferences(Lab.Replace("nic backup", "nic kvm-01")).GetDiagnostics();

        Assert.Contains(diagnostics, d => d.Code == "TOPO1003" && d.Message.Contains("'kvm-01'", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Without_recorded_references_a_reference_to_a_broken_declaration_waits_for_the_sound_one_below()
    {
        // A broken network "lan" above the guests and a sound host "lan" below them: the nics'
        // references to "lan" name a host at the end, when references are recorded or not.
        var text = "network lan = {\n  cidr \"10.9.0.0/24\"\n}\n"
            + Lab.Replace("network lan { cidr \"10.0.0.0/24\" }", string.Empty)
            + "\nhost lan {\n  cpu intel { cores 8; features [vmx, ept] }\n  memory 64 GiB\n  hypervisor kvm { }\n}\n";

        var recorded = Compile(text).GetDiagnostics().Select(d => d.ToString()).ToList();
        var notRecorded = CompileWithoutReferences(text).GetDiagnostics().Select(d => d.ToString()).ToList();

        Assert.Contains(recorded, d => d.Contains("TOPO1003", System.StringComparison.Ordinal) && d.Contains("is a host", System.StringComparison.Ordinal));
        Assert.Equal(recorded, notRecorded);
    }
}
