using System.Linq;
using System.Threading.Tasks;
using TopoLang.LanguageServer.Protocol;

namespace TopoLang.Tests.LanguageServer;

public sealed class NavigationTests
{
    private const string Entry = "datacenter.topo";
    private const string Networks = "common/networks.topo";

    [Fact]
    public async Task Definition_of_a_network_used_by_a_nic_is_its_declaration_in_the_imported_file()
    {
        await using var session = await LspSession.StartOnDatacenterAsync();
        await session.OpenAsync(Entry);

        var definitions = await session.RequestAsync<Location[]>("textDocument/definition", session.At(Entry, session.PositionOf(Entry, "nic web", shift: 5)));

        var definition = Assert.Single(definitions);
        Assert.Equal(session.UriOf(Networks), definition.Uri);
        Assert.Equal(session.PositionOf(Networks, "network web", shift: 8), definition.Range.Start);
    }

    [Fact]
    public async Task Definition_on_an_import_path_is_the_imported_file()
    {
        await using var session = await LspSession.StartOnDatacenterAsync();
        await session.OpenAsync(Entry);

        var definitions = await session.RequestAsync<Location[]>("textDocument/definition", session.At(Entry, session.PositionOf(Entry, "import \"common", shift: 10)));

        var definition = Assert.Single(definitions);
        Assert.Equal(session.UriOf(Networks), definition.Uri);
        Assert.Equal(new Position(0, 0), definition.Range.Start);
    }

    [Fact]
    public async Task Definition_of_a_param_use_is_the_param_declaration()
    {
        await using var session = await LspSession.StartOnDatacenterAsync();
        await session.OpenAsync(Entry);

        var definitions = await session.RequestAsync<Location[]>("textDocument/definition", session.At(Entry, session.PositionOf(Entry, "1..web_count", shift: 4)));

        var definition = Assert.Single(definitions);
        Assert.Equal(session.PositionOf(Entry, "param web_count", shift: 6), definition.Range.Start);
    }

    [Fact]
    public async Task Definition_of_a_provider_declared_by_the_prelude_is_empty()
    {
        await using var session = await LspSession.StartOnDatacenterAsync();
        await session.OpenAsync(Entry);

        var definitions = await session.RequestAsync<Location[]>("textDocument/definition", session.At(Entry, session.PositionOf(Entry, "provider kt-cloud-d1", shift: 10)));

        Assert.Empty(definitions);
    }

    [Fact]
    public async Task References_of_a_host_include_the_private_cloud_that_computes_on_it()
    {
        await using var session = await LspSession.StartOnDatacenterAsync();
        await session.OpenAsync(Entry);

        var references = await session.RequestAsync<Location[]>("textDocument/references", new
        {
            textDocument = new { uri = session.UriOf(Entry) },
            position = session.PositionOf(Entry, "host kvm-02", shift: 6),
            context = new { includeDeclaration = false },
        });

        var reference = Assert.Single(references);
        Assert.Equal(session.PositionOf(Entry, "kvm-02, kvm-03]"), reference.Range.Start);
    }

    [Fact]
    public async Task References_of_a_network_from_its_file_reach_the_nics_of_the_importer()
    {
        await using var session = await LspSession.StartOnDatacenterAsync();
        await session.OpenAsync(Entry);
        await session.OpenAsync(Networks);

        var references = await session.RequestAsync<Location[]>("textDocument/references", new
        {
            textDocument = new { uri = session.UriOf(Networks) },
            position = session.PositionOf(Networks, "network web", shift: 9),
            context = new { includeDeclaration = true },
        });

        Assert.Contains(references, r => r.Uri == session.UriOf(Networks));
        Assert.Equal(2, references.Count(r => r.Uri == session.UriOf(Entry)));
    }

    [Fact]
    public async Task Document_symbols_nest_guests_under_their_host()
    {
        await using var session = await LspSession.StartOnDatacenterAsync();
        await session.OpenAsync(Entry);

        var symbols = await session.RequestAsync<DocumentSymbol[]>("textDocument/documentSymbol", new { textDocument = new { uri = session.UriOf(Entry) } });

        var host = Assert.Single(symbols, s => s.Name == "kvm-01");
        Assert.Equal("host", host.Detail);
        Assert.Equal(new[] { "\"web-${i}\"", "db-1" }, host.Children.Select(c => c.Name));
        Assert.Contains(symbols, s => s.Name == "web_count" && s.Kind == SymbolKind.Variable);
        Assert.Contains(symbols, s => s.Name == "intranet" && s.Children.Any(c => c.Name == "wiki"));
    }
}
