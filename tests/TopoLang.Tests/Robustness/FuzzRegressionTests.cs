using System.Collections.Generic;
using System.IO;
using System.Linq;
using TopoLang.Fuzz;
using TopoLang.Tests.Infrastructure;

namespace TopoLang.Tests.Robustness;

/// <summary>
/// Every input the fuzzer found (tests/TopoLang.Tests/Cases/fuzz) goes through the fuzz target
/// itself, compiled into this project from fuzz/TopoLang.Fuzz/FuzzTarget.cs: decode, parse,
/// bind, validate, render the diagnostics in every form, emit and parse back. No exception, and
/// within the target's memory budget (it throws past it).
/// </summary>
public sealed class FuzzRegressionTests
{
    public static IEnumerable<object[]> Findings() =>
        Directory.GetFiles(Path.Combine(RepositoryPaths.TestCases, "fuzz"))
            .Where(path => !path.EndsWith(".md", System.StringComparison.Ordinal))
            .Select(path => new object[] { Path.GetFileName(path) })
            .OrderBy(c => (string)c[0], System.StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(Findings))]
    public void A_fuzzer_finding_compiles_without_throwing_and_within_the_memory_budget(string name)
    {
        var bytes = File.ReadAllBytes(Path.Combine(RepositoryPaths.TestCases, "fuzz", name));

        var outcome = FuzzTarget.Run(bytes);

        Assert.InRange(outcome.HeldBytes, 0, FuzzTarget.MemoryBudget);
        Assert.True(outcome.HasErrors || outcome.FilesEmitted > 0);
    }

    [Fact]
    public void The_fuzz_target_emits_and_parses_back_the_example()
    {
        var outcome = FuzzTarget.Run(File.ReadAllBytes(Path.Combine(RepositoryPaths.Examples, "datacenter", "datacenter.topo")));

        Assert.False(outcome.HasErrors, string.Join("\n", outcome.Diagnostics.Select(d => d.Message)));
        Assert.True(outcome.FilesEmitted > 10);
    }

    [Fact]
    public void A_literal_range_in_error_inside_a_long_loop_is_bound_once()
    {
        var outcome = FuzzTarget.Run("""
            host h {
              cpu intel { cores 8; features [vmx, ept] }
              memory 64 GiB
              hypervisor kvm {
                for a in 1..500000 { for b in 9..1 { guest "g-${a}-${b}" { os linux; vcpus 1; memory 1 GiB } } }
              }
            }
            """u8);

        var diagnostic = Assert.Single(outcome.Diagnostics);
        Assert.Equal("TOPO1007", diagnostic.Code);

        // Formatting the error again on each pass allocated about a kilobyte a pass.
        Assert.InRange(outcome.AllocatedBytes, 0, 128L * 1024 * 1024);
    }

    [Fact]
    public void An_import_path_holding_NUL_is_TOPO1008()
    {
        var outcome = FuzzTarget.Run("import \"a\\u{0}b.topo\"\n"u8);

        var diagnostic = Assert.Single(outcome.Diagnostics);
        Assert.Equal("TOPO1008", diagnostic.Code);
        Assert.Equal("cannot import 'a\\u{0}b.topo': a path cannot hold the character U+0000", diagnostic.Message);
    }
}
