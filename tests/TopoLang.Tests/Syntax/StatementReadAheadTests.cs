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

    /// <summary>The name of the guest in `host { memory; hypervisor kvm { guest NAME { ... } } }`.</summary>
    private static string GuestName(EntryStatementSyntax host)
    {
        var hypervisor = (EntryStatementSyntax)host.Block!.Statements[1];
        var guest = (EntryStatementSyntax)hypervisor.Block!.Statements[0];
        return ((NameValueSyntax)guest.Values[0]).Name;
    }

    private static string Hosts(int count) =>
        string.Concat(Enumerable.Range(0, count).Select(i => $"host h{i} {{\n  memory 8 GiB\n  hypervisor kvm {{ guest g{i} {{ os linux \"debian-12\"; vcpus 2; memory 4 GiB }} }}\n}}\n"));
}
