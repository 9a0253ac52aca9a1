using System.IO;
using System.Linq;
using System.Threading.Tasks;
using TopoLang.LanguageServer.Protocol;

namespace TopoLang.Tests.LanguageServer;

public sealed class DiagnosticsTests
{
    private const string Entry = "datacenter.topo";
    private const string Networks = "common/networks.topo";

    [Fact]
    public async Task Opening_the_datacenter_example_publishes_no_diagnostics()
    {
        await using var session = await LspSession.StartOnDatacenterAsync();

        var published = await session.OpenAsync(Entry);

        Assert.Equal(session.UriOf(Entry), published.Uri);
        Assert.Empty(published.Diagnostics);
    }

    [Fact]
    public async Task A_change_that_drops_vmx_from_a_KVM_host_publishes_TOPO2001_at_the_host()
    {
        await using var session = await LspSession.StartOnDatacenterAsync();
        var text = File.ReadAllText(session.PathOf(Entry));
        await session.OpenAsync(Entry);

        var published = await session.ChangeAsync(Entry, 2, text.Replace("features [vmx, ept, vpid, vt-d, aes, avx2, avx512f, sse4_2, x2apic]", "features [ept]"));

        var diagnostic = Assert.Single(published.Diagnostics, d => d.Code == "TOPO2001");
        Assert.Equal(LspDiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(session.PositionOf(Entry, "  hypervisor kvm {", shift: 2), diagnostic.Range.Start);
        Assert.Equal(2, published.Version);
    }

    [Fact]
    public async Task Incremental_changes_are_applied_to_the_open_text_in_order()
    {
        await using var session = await LspSession.StartOnDatacenterAsync();
        await session.OpenAsync(Entry);
        var vcpus = session.PositionOf(Entry, "vcpus 16", shift: 6);
        var replaceSixteen = new Range(vcpus, vcpus with { Character = vcpus.Character + 2 });
        var replaceOne = new Range(vcpus, vcpus with { Character = vcpus.Character + 3 });

        // 16 -> 999 -> 9999: db-1 then needs more vCPUs than kvm-01's 128 threads (TOPO4003).
        var published = await session.ChangeAsync(Entry, 2, new[] { new TextDocumentContentChangeEvent(replaceSixteen, "999"), new TextDocumentContentChangeEvent(replaceOne, "9999") });

        var diagnostic = Assert.Single(published.Diagnostics, d => d.Code == "TOPO4003");
        Assert.Contains("9999", diagnostic.Message);
    }

    [Fact]
    public async Task A_change_in_an_imported_file_rechecks_the_file_that_imports_it()
    {
        await using var session = await LspSession.StartOnDatacenterAsync();
        await session.OpenAsync(Entry);
        await session.OpenAsync(Networks);
        var networks = File.ReadAllText(session.PathOf(Networks));

        var published = await session.ChangeAsync(Networks, 2, networks.Replace("network web {", "network www {"), watched: Entry);

        Assert.Contains(published.Diagnostics, d => d.Code == "TOPO1003" && d.Message.Contains("'web'"));
    }

    [Fact]
    public async Task An_open_imported_file_gets_the_diagnostics_of_its_importer_check()
    {
        await using var session = await LspSession.StartOnDatacenterAsync();
        await session.OpenAsync(Entry);
        await session.OpenAsync(Networks);
        var networks = File.ReadAllText(session.PathOf(Networks));

        var changed = networks.Replace("vlan 20", "vlan 5000");

        var published = await session.ChangeAsync(Networks, 2, changed);

        var diagnostic = Assert.Single(published.Diagnostics);
        Assert.Equal(session.UriOf(Networks), published.Uri);
        Assert.Equal(TextPosition.Of(changed, "5000"), diagnostic.Range.Start);
    }

    [Fact]
    public async Task Closing_a_document_clears_its_diagnostics()
    {
        await using var session = await LspSession.StartOnDatacenterAsync();
        await session.OpenAsync(Entry, "host h { memory 1 GiB }\n");

        var published = await session.CloseAsync(Entry);

        Assert.Empty(published.Diagnostics);
    }

    [Fact]
    public async Task Diagnostics_name_their_related_places_in_other_files()
    {
        await using var session = await LspSession.StartOnDatacenterAsync();
        var text = File.ReadAllText(session.PathOf(Entry));

        // The entry's own `web` network is bound first; the imported one is then a duplicate (TOPO1002, "declared here").
        await session.OpenAsync(Entry, text + "\nnetwork web { cidr \"10.20.0.0/24\" }\n");
        var published = await session.OpenAsync(Networks);

        var duplicate = Assert.Single(published.Diagnostics, d => d.Code == "TOPO1002");
        var related = Assert.Single(duplicate.RelatedInformation!);
        Assert.Equal(session.UriOf(Entry), related.Location.Uri);
    }
}
