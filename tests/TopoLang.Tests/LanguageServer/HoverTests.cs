using System.IO;
using System.Threading.Tasks;
using TopoLang.LanguageServer.Protocol;

namespace TopoLang.Tests.LanguageServer;

public sealed class HoverTests
{
    private const string Entry = "datacenter.topo";

    /// <summary>The hover at the first <paramref name="find"/> (plus <paramref name="shift"/>) of the unchanged example.</summary>
    private static async Task<Hover> HoverOnDatacenterAsync(string find, int shift)
    {
        await using var session = await LspSession.StartOnDatacenterAsync();
        await session.OpenAsync(Entry);
        var hover = await session.RequestAsync<Hover?>("textDocument/hover", session.At(Entry, session.PositionOf(Entry, find, shift)));
        Assert.NotNull(hover);
        return hover;
    }

    [Fact]
    public async Task Hover_on_a_host_shows_its_vcpus_and_memory_in_use_against_available()
    {
        var hover = await HoverOnDatacenterAsync("host kvm-01", shift: 6);

        Assert.Equal("markdown", hover.Contents.Kind);
        Assert.Contains("28 in use of 512 available", hover.Contents.Value);
        Assert.Contains("152 GiB in use of 496 GiB available", hover.Contents.Value);
    }

    [Fact]
    public async Task Hover_on_a_guest_shows_what_it_asks_of_its_host()
    {
        var hover = await HoverOnDatacenterAsync("guest db-1", shift: 7);

        Assert.Contains("on host `kvm-01`: **16 vCPUs and 128 GiB** of its 512 vCPUs and 496 GiB available", hover.Contents.Value);
    }

    [Fact]
    public async Task Hover_on_an_entry_word_shows_its_documentation_from_the_schema()
    {
        var hover = await HoverOnDatacenterAsync("reserved_memory 16 GiB", shift: 3);

        Assert.Contains("reserved_memory SIZE", hover.Contents.Value);
        Assert.Contains("kept for the host", hover.Contents.Value, System.StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Default: `2 GiB`", hover.Contents.Value);
    }

    [Fact]
    public async Task Hover_on_a_diagnostic_shows_its_explanation()
    {
        await using var session = await LspSession.StartOnDatacenterAsync();
        var text = File.ReadAllText(session.PathOf(Entry)).Replace("features [vmx, ept, vpid, vt-d, aes, avx2, avx512f, sse4_2, x2apic]", "features [ept]");
        await session.OpenAsync(Entry, text);

        var hover = await session.RequestAsync<Hover?>("textDocument/hover", session.At(Entry, TextPosition.Of(text, "  hypervisor kvm {", shift: 4)));

        Assert.NotNull(hover);
        Assert.Contains("TOPO2001", hover.Contents.Value);
        Assert.Contains("What it checks", hover.Contents.Value);
    }

    [Fact]
    public async Task Hover_on_blank_space_is_null()
    {
        await using var session = await LspSession.StartOnDatacenterAsync();
        await session.OpenAsync(Entry, "\n\n\nhost h {}\n");

        var hover = await session.RequestAsync<Hover?>("textDocument/hover", session.At(Entry, new Position(1, 0)));

        Assert.Null(hover);
    }
}
