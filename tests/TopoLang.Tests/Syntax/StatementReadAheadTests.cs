using System.Linq;
using TopoLang.Compiler.Syntax;
using TopoLang.Compiler.Text;
using TopoLang.Tests.Binding;

namespace TopoLang.Tests.Syntax;

/// <summary>
/// A large entry file is parsed on another thread, a few statements ahead of the binder
/// (StatementReadAhead). That each statement reads as the whole parse is checked by every
/// <see cref="WholeParseComparison"/>; these pin the rest of its contract.
/// </summary>
public sealed class StatementReadAheadTests
{
    [Fact]
    public void A_reader_that_stops_early_leaves_no_parse_running()
    {
        var reader = SyntaxTree.ReadStatementByStatement(SourceText.From(Hosts(50)), recycle: true, readAhead: true);
        var statements = reader.ReadAll().GetEnumerator();
        Assert.True(statements.MoveNext());

        Assert.True(reader.ReadAhead!.IsRunning);

        statements.Dispose();

        Assert.False(reader.ReadAhead.IsRunning);
    }

    [Fact]
    public void Statements_kept_while_the_next_is_parsed_ahead_are_never_filled_again()
    {
        // More kept than the read-ahead has arenas: a kept statement's arena is filled again with new nodes only.
        var reader = SyntaxTree.ReadStatementByStatement(SourceText.From(Hosts(12)), recycle: true, readAhead: true);
        var kept = new System.Collections.Generic.List<EntryStatementSyntax>();
        foreach (var statement in reader.ReadAll())
        {
            if (kept.Count < 6)
            {
                kept.Add((EntryStatementSyntax)statement);
                reader.KeepRead();
            }
        }

        Assert.Equal(new[] { "h0", "h1", "h2", "h3", "h4", "h5" }, kept.Select(entry => ((NameValueSyntax)entry.Values[0]).Name));
        Assert.Equal(new[] { "g0", "g1", "g2", "g3", "g4", "g5" }, kept.Select(GuestName));
    }

    [Fact]
    public void A_fleet_large_enough_to_be_read_ahead_compiles_as_its_hosts_are_written()
    {
        var text = Hosts(1_500);
        Assert.True(TopLevelStatementReader.ReadingAheadPays(SourceText.From(text)) || System.Environment.ProcessorCount == 1);

        var model = BindingInputs.Compile(text, "fleet.topo").Model;

        Assert.Equal(Enumerable.Range(0, 1_500).Select(i => $"h{i}"), model.Hosts.Select(host => host.Name.Value));
        Assert.Equal(Enumerable.Range(0, 1_500).Select(i => $"g{i}"), model.Hosts.Select(host => host.Hypervisor!.Guests.Single().Name.Value));
    }

    [Fact]
    public void A_param_at_the_end_of_a_file_read_ahead_applies_to_the_hosts_before_it()
    {
        // The last directive is searched for while the parse thread reads the first hosts.
        var text = HostsOfAParam(1_500) + "param guest_memory: size = 3 GiB\n";

        var compilation = BindingInputs.Compile(text, "fleet.topo");

        Assert.Empty(compilation.GetDiagnostics());
        Assert.All(compilation.Model.Hosts, host => Assert.Equal(3L << 30, host.Hypervisor!.Guests.Single().Memory!.Value.Value));
    }

    [Fact]
    public void A_param_at_the_end_of_a_streamed_file_applies_to_the_hosts_before_it()
    {
        // Over a megabyte: the file is read a block at a time, and the search for the last
        // directive reads it from the end while the parse thread loads its first blocks.
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"topo-read-ahead-{System.Guid.NewGuid():N}.topo");
        try
        {
            System.IO.File.WriteAllText(path, HostsOfAParam(11_000) + "param guest_memory: size = 3 GiB\n");
            var options = new TopoLang.Compiler.TopoCompilationOptions { StreamLargeFiles = true, Diagnostics = BindingInputs.Options };

            var compilation = TopoLang.Compiler.TopoCompilation.FromFile(path, options);

            Assert.True(new System.IO.FileInfo(path).Length >= StreamedAscii.MinimumLength);
            Assert.Empty(compilation.GetDiagnostics());
            Assert.Equal(11_000, compilation.Model.Hosts.Length);
            Assert.All(compilation.Model.Hosts, host => Assert.Equal(3L << 30, host.Hypervisor!.Guests.Single().Memory!.Value.Value));
        }
        finally
        {
            System.IO.File.Delete(path);
        }
    }

    /// <summary>The name of the guest in `host { memory; hypervisor kvm { guest NAME { ... } } }`.</summary>
    private static string GuestName(EntryStatementSyntax host)
    {
        var hypervisor = (EntryStatementSyntax)host.Block!.Statements[1];
        var guest = (EntryStatementSyntax)hypervisor.Block!.Statements[0];
        return ((NameValueSyntax)guest.Values[0]).Name;
    }

    /// <summary>Valid hosts whose guest's memory is the param `guest_memory`.</summary>
    private static string HostsOfAParam(int count) =>
        string.Concat(Enumerable.Range(0, count).Select(i => $"host h{i} {{\n  cpu intel {{ cores 8; features [vmx, ept] }}\n  memory 64 GiB\n  hypervisor kvm {{ guest g{i} {{ os linux \"debian-12\"; vcpus 2; memory guest_memory }} }}\n}}\n"));

    private static string Hosts(int count) =>
        string.Concat(Enumerable.Range(0, count).Select(i => $"host h{i} {{\n  memory 8 GiB\n  hypervisor kvm {{ guest g{i} {{ os linux \"debian-12\"; vcpus 2; memory 4 GiB }} }}\n}}\n"));
}
