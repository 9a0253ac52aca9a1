using System.Collections.Immutable;
using System.Linq;
using TopoLang.Compiler;
using TopoLang.Compiler.Diagnostics;
using TopoLang.Compiler.Text;

namespace TopoLang.Tests.Validation.Cpu;

/// <summary>
/// TOPO2004 warns where emulation is a choice: a QEMU host with a guest of its own architecture,
/// or with no guest. Where every guest is of another architecture, TCG is the only way to run
/// them, and nothing is reported.
/// </summary>
public sealed class QemuWithoutAccelerationRuleTests
{
    [Fact]
    public void A_qemu_host_with_a_guest_of_its_own_architecture_is_warned()
    {
        var codes = Codes(Host("guest native { os linux; arch x86_64; vcpus 1; memory 1 GiB }"));

        Assert.Equal(new[] { "TOPO2004" }, codes);
    }

    [Fact]
    public void A_guest_without_arch_takes_the_host_s_so_its_qemu_host_is_warned()
    {
        var codes = Codes(Host("guest inherited { os linux; vcpus 1; memory 1 GiB }"));

        Assert.Equal(new[] { "TOPO2004" }, codes);
    }

    [Fact]
    public void A_qemu_host_with_foreign_guests_and_one_of_its_own_architecture_is_warned()
    {
        var codes = Codes(Host(
            "guest arm { os linux; arch aarch64; vcpus 1; memory 1 GiB }",
            "guest native { os linux; vcpus 1; memory 1 GiB }"));

        Assert.Equal(new[] { "TOPO2004" }, codes);
    }

    [Fact]
    public void A_qemu_host_without_guests_is_warned()
    {
        var codes = Codes(Host());

        Assert.Equal(new[] { "TOPO2004" }, codes);
    }

    [Fact]
    public void A_qemu_host_whose_every_guest_is_of_another_architecture_is_not_warned()
    {
        var codes = Codes(Host(
            "guest arm-1 { os linux; arch aarch64; vcpus 1; memory 1 GiB }",
            "guest arm-2 { os linux; arch aarch64; vcpus 1; memory 1 GiB }"));

        Assert.Empty(codes);
    }

    [Fact]
    public void An_aarch64_qemu_host_running_only_x86_64_guests_is_not_warned()
    {
        var codes = Codes(HostNamed("h1", "aarch64", "guest x86 { os linux; arch x86_64; vcpus 1; memory 1 GiB }"));

        Assert.Empty(codes);
    }

    [Fact]
    public void Only_the_qemu_host_where_emulation_is_a_choice_is_warned()
    {
        var source = HostNamed("cross", "x86_64", "guest arm { os linux; arch aarch64; vcpus 1; memory 1 GiB }")
            + HostNamed("same", "x86_64", "guest native { os linux; vcpus 1; memory 1 GiB }");

        var diagnostics = Compile(source);

        var warning = Assert.Single(diagnostics);
        Assert.Equal("TOPO2004", warning.Code);
        Assert.StartsWith("host 'same' runs QEMU without acceleration (accel tcg)", warning.Message);
    }

    private static string Host(params string[] guests) => HostNamed("h1", "x86_64", guests);

    private static string HostNamed(string name, string arch, params string[] guests) =>
        $"host {name} {{\n  arch {arch}\n  cpu amd {{ cores 8 }}\n  memory 32 GiB\n  hypervisor qemu {{\n"
        + string.Concat(guests.Select(guest => $"    {guest}\n"))
        + "  }\n}\n";

    private static string[] Codes(string source) => Compile(source).Select(diagnostic => diagnostic.Code).ToArray();

    private static ImmutableArray<Diagnostic> Compile(string source) =>
        TopoCompilation.Create(SourceText.From(source, "qemu.topo")).GetDiagnostics();
}
