using System;
using System.Collections.Immutable;
using System.IO;
using TopoLang.Compiler;
using TopoLang.Compiler.Hosting;

namespace TopoLang.Tests.Hosting;

public sealed class EntrySetCompilerTests : IDisposable
{
    private const string Lab = "topology lab\nimport \"nets.topo\"\nparam size: int = 2\n";
    private const string Nets = "network lan { cidr \"10.0.0.0/24\" }\n";
    private const string Edge = "topology edge\nparam wide: int = 1\n";

    private readonly string _folder = Directory.CreateTempSubdirectory("topo-hosting-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_file_an_earlier_entry_imports_is_not_compiled_as_an_entry()
    {
        var compiled = EntrySetCompiler.Compile(new[] { Candidate("lab.topo", Lab), Candidate("nets.topo", Nets) }, TopoCompilationOptions.Default);

        Assert.Equal("lab", Assert.Single(compiled.Entries).Compilation.Model.Name);
    }

    [Fact]
    public void A_file_a_later_entry_imports_is_dropped()
    {
        var compiled = EntrySetCompiler.Compile(new[] { Candidate("nets.topo", Nets), Candidate("lab.topo", Lab) }, TopoCompilationOptions.Default);

        Assert.Equal("lab", Assert.Single(compiled.Entries).Compilation.Model.Name);
    }

    [Fact]
    public void A_forced_entry_stays_an_entry_though_imported()
    {
        var compiled = EntrySetCompiler.Compile(new[] { Candidate("lab.topo", Lab), Candidate("nets.topo", Nets, entry: true) }, TopoCompilationOptions.Default);

        Assert.Equal(2, compiled.Entries.Length);
    }

    [Fact]
    public void An_unreadable_file_is_reported_and_the_others_still_compiled()
    {
        var missing = new EntryCandidate(Path.Combine(_folder, "gone.topo"), Path.Combine(_folder, "gone.topo"), true);

        var compiled = EntrySetCompiler.Compile(new[] { missing, Candidate("edge.topo", Edge) }, TopoCompilationOptions.Default);

        Assert.Equal(UnreadableReason.NoSuchFile, Assert.Single(compiled.Unreadable).Reason);
        Assert.Single(compiled.Entries);
    }

    [Fact]
    public void A_param_applies_only_to_the_topologies_that_declare_it()
    {
        var options = TopoCompilationOptions.Default with { Parameters = ImmutableDictionary<string, string>.Empty.Add("wide", "3") };

        var compiled = EntrySetCompiler.Compile(new[] { Candidate("lab.topo", Lab, entry: true), Candidate("edge.topo", Edge, entry: true) }, options);

        Assert.Empty(compiled.ParameterErrors);
        Assert.Empty(compiled.Entries[0].Compilation.Options.Parameters);
        Assert.Equal("3", compiled.Entries[1].Compilation.Options.Parameters["wide"]);
    }

    [Fact]
    public void A_param_no_topology_declares_is_a_parameter_error()
    {
        var options = TopoCompilationOptions.Default with { Parameters = ImmutableDictionary<string, string>.Empty.Add("nope", "3") };

        var compiled = EntrySetCompiler.Compile(new[] { Candidate("edge.topo", Edge, entry: true) }, options);

        Assert.Contains("nope", Assert.Single(compiled.ParameterErrors));
    }

    private EntryCandidate Candidate(string name, string text, bool? entry = null)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return new EntryCandidate(path, path, entry);
    }
}
