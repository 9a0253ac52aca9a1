using System.IO;
using System.Linq;
using System.Threading.Tasks;
using TopoLang.Compiler.Formatting;
using TopoLang.LanguageServer.Protocol;

namespace TopoLang.Tests.LanguageServer;

public sealed class EditingTests
{
    private const string Entry = "datacenter.topo";
    private const string Networks = "common/networks.topo";

    [Fact]
    public async Task Rename_of_a_network_edits_its_declaration_and_every_use_in_both_files()
    {
        await using var session = await LspSession.StartOnDatacenterAsync();
        await session.OpenAsync(Entry);

        var edit = await session.RequestAsync<WorkspaceEdit>("textDocument/rename", new
        {
            textDocument = new { uri = session.UriOf(Entry) },
            position = session.PositionOf(Entry, "nic replication", shift: 5),
            newName = "repl",
        });

        Assert.Equal(new[] { "repl" }, edit.Changes[session.UriOf(Networks)].Select(e => e.NewText));
        Assert.Equal(2, edit.Changes[session.UriOf(Entry)].Length);
        Assert.All(edit.Changes[session.UriOf(Entry)], e => Assert.Equal("repl", e.NewText));
    }

    [Fact]
    public async Task Rename_of_a_loop_variable_edits_its_uses_inside_interpolated_strings()
    {
        await using var session = await LspSession.StartOnDatacenterAsync();
        await session.OpenAsync(Entry);

        var edit = await session.RequestAsync<WorkspaceEdit>("textDocument/rename", new
        {
            textDocument = new { uri = session.UriOf(Entry) },
            position = session.PositionOf(Entry, "for i in", shift: 4),
            newName = "n",
        });

        Assert.Equal(new[] { "n", "${n}", "${n}" }, edit.Changes[session.UriOf(Entry)].Select(e => e.NewText));
    }

    [Fact]
    public async Task Rename_of_a_param_edits_its_declaration_and_its_uses()
    {
        await using var session = await LspSession.StartOnDatacenterAsync();
        await session.OpenAsync(Entry);

        var edit = await session.RequestAsync<WorkspaceEdit>("textDocument/rename", new
        {
            textDocument = new { uri = session.UriOf(Entry) },
            position = session.PositionOf(Entry, "param web_count", shift: 7),
            newName = "webs",
        });

        var edits = edit.Changes[session.UriOf(Entry)];
        Assert.Equal(2, edits.Length);
        Assert.Equal(session.PositionOf(Entry, "1..web_count", shift: 3), edits[1].Range.Start);
    }

    [Fact]
    public async Task Rename_to_a_name_already_declared_is_refused()
    {
        await using var session = await LspSession.StartOnDatacenterAsync();
        await session.OpenAsync(Entry);

        var error = await LspError.Of(() => session.RequestAsync<WorkspaceEdit>("textDocument/rename", new
        {
            textDocument = new { uri = session.UriOf(Entry) },
            position = session.PositionOf(Entry, "host kvm-02", shift: 6),
            newName = "kvm-03",
        }));

        Assert.Equal(LspErrorCodes.RequestFailed, error.Code);
        Assert.Contains("already", error.Message);
    }

    [Fact]
    public async Task Rename_to_a_word_that_is_no_name_is_invalid()
    {
        await using var session = await LspSession.StartOnDatacenterAsync();
        await session.OpenAsync(Entry);

        var error = await LspError.Of(() => session.RequestAsync<WorkspaceEdit>("textDocument/rename", new
        {
            textDocument = new { uri = session.UriOf(Entry) },
            position = session.PositionOf(Entry, "host kvm-02", shift: 6),
            newName = "two words",
        }));

        Assert.Equal(LspErrorCodes.InvalidParams, error.Code);
    }

    [Fact]
    public async Task Formatting_returns_the_fmt_layout_as_one_edit_of_the_whole_document()
    {
        await using var session = await LspSession.StartOnDatacenterAsync();
        const string text = "host h {   memory 1 GiB\n cpu intel { cores 2 } }\n";
        await session.OpenAsync(Entry, text);

        var edits = await session.RequestAsync<TextEdit[]>("textDocument/formatting", new { textDocument = new { uri = session.UriOf(Entry) }, options = new { tabSize = 2, insertSpaces = true } });

        var edit = Assert.Single(edits);
        Assert.Equal(new Position(0, 0), edit.Range.Start);
        Assert.Equal(new Position(2, 0), edit.Range.End);
        Assert.Equal(TopoFormatter.Format(text).Formatted, edit.NewText);
    }

    [Fact]
    public async Task Formatting_a_formatted_document_changes_nothing()
    {
        await using var session = await LspSession.StartOnDatacenterAsync();
        await session.OpenAsync(Entry);

        var edits = await session.RequestAsync<TextEdit[]>("textDocument/formatting", new { textDocument = new { uri = session.UriOf(Entry) } });

        Assert.Empty(edits);
    }

    [Fact]
    public async Task Formatting_a_document_with_syntax_errors_is_refused_with_the_error()
    {
        await using var session = await LspSession.StartOnDatacenterAsync();
        await session.OpenAsync(Entry, "host h { memory 1 GiB \n");

        var error = await LspError.Of(() => session.RequestAsync<TextEdit[]>("textDocument/formatting", new { textDocument = new { uri = session.UriOf(Entry) } }));

        Assert.Equal(LspErrorCodes.RequestFailed, error.Code);
        Assert.Contains("syntax errors", error.Message);
    }

    [Fact]
    public async Task A_misspelled_cpu_flag_gets_a_quick_fix_that_writes_the_suggestion()
    {
        await using var session = await LspSession.StartOnDatacenterAsync();
        var text = File.ReadAllText(session.PathOf(Entry)).Replace("features [vmx, ept, vpid, vt-d, aes, avx2, avx512f, sse4_2, x2apic]", "features [vmx, etp, vpid]");
        await session.OpenAsync(Entry, text);
        var typo = TextPosition.Of(text, "etp");

        var actions = await session.RequestAsync<CodeAction[]>("textDocument/codeAction", new
        {
            textDocument = new { uri = session.UriOf(Entry) },
            range = new Range(typo, typo),
            context = new { diagnostics = System.Array.Empty<object>() },
        });

        var action = Assert.Single(actions);
        Assert.Equal("quickfix", action.Kind);
        var edit = Assert.Single(action.Edit.Changes[session.UriOf(Entry)]);
        Assert.Equal("ept", edit.NewText);
        Assert.Equal(new Range(typo, typo with { Character = typo.Character + 3 }), edit.Range);
    }

    [Fact]
    public async Task A_misspelled_entry_word_gets_a_quick_fix()
    {
        await using var session = await LspSession.StartOnDatacenterAsync();
        const string text = "host h {\n  memroy 1 GiB\n}\n";
        await session.OpenAsync(Entry, text);
        var typo = TextPosition.Of(text, "memroy");

        var actions = await session.RequestAsync<CodeAction[]>("textDocument/codeAction", new { textDocument = new { uri = session.UriOf(Entry) }, range = new Range(typo, typo) });

        var action = Assert.Single(actions, a => a.Title.Contains("memory"));
        Assert.Equal("memory", Assert.Single(action.Edit.Changes[session.UriOf(Entry)]).NewText);
    }
}
