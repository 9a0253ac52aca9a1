using System.Linq;
using System.Threading.Tasks;
using TopoLang.LanguageServer.Protocol;

namespace TopoLang.Tests.LanguageServer;

public sealed class CompletionTests
{
    private const string Entry = "datacenter.topo";

    private static async Task<string[]> LabelsAsync(string text, string before)
    {
        await using var session = await LspSession.StartOnDatacenterAsync();
        await session.OpenAsync(Entry, text);
        var list = await session.RequestAsync<CompletionList>("textDocument/completion", session.At(Entry, TextPosition.Of(text, before, shift: before.Length)));
        return list.Items.Select(item => item.Label).ToArray();
    }

    [Fact]
    public async Task At_the_start_of_a_statement_in_a_host_the_host_entries_are_offered()
    {
        var labels = await LabelsAsync("host h {\n  \n}\n", "host h {\n  ");

        Assert.Equal(new[] { "arch", "cpu", "memory", "storage", "hypervisor", "for" }, labels);
    }

    [Fact]
    public async Task At_the_top_level_the_declarations_and_keywords_are_offered()
    {
        var labels = await LabelsAsync("\n", string.Empty);

        Assert.Equal(new[] { "host", "network", "provider", "cloud", "deployment", "topology", "namespace", "import", "param", "for" }, labels);
    }

    [Fact]
    public async Task A_cpu_features_list_offers_the_flags_of_the_declared_vendor_and_the_common_ones()
    {
        var labels = await LabelsAsync("host h {\n  cpu amd { cores 4; features [sv] }\n}\n", "features [");

        Assert.Contains("svm", labels);
        Assert.Contains("sev-snp", labels);
        Assert.Contains("avx2", labels);
        Assert.DoesNotContain("vmx", labels);
        Assert.DoesNotContain("ept", labels);
    }

    [Fact]
    public async Task An_enum_value_offers_its_words()
    {
        var labels = await LabelsAsync("host h {\n  hypervisor \n}\n", "hypervisor ");

        Assert.Equal(new[] { "kvm", "qemu", "xen" }, labels);
    }

    [Fact]
    public async Task A_nic_offers_the_names_of_the_declared_networks()
    {
        var labels = await LabelsAsync(
            "network a { cidr \"10.0.0.0/24\" }\nnetwork b { cidr \"10.0.1.0/24\" }\nhost h {\n  hypervisor kvm {\n    guest g {\n      nic \n    }\n  }\n}\n",
            "nic ");

        Assert.Equal(new[] { "a", "b" }, labels);
    }

    [Fact]
    public async Task Inside_a_guest_the_guest_entries_are_offered()
    {
        var labels = await LabelsAsync("host h {\n  hypervisor kvm {\n    guest g {\n      vc\n    }\n  }\n}\n", "      ");

        Assert.Contains("vcpus", labels);
        Assert.Contains("cpu_mode", labels);
        Assert.DoesNotContain("reserved_memory", labels);
    }
}
