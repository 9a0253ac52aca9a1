using System.Collections.Generic;
using System.Linq;
using System.Runtime;
using TopoLang.Cli.Commands;

namespace TopoLang.Tests.Cli;

/// <summary>Alone: a no-GC region is the whole process's, and the other tests allocate.</summary>
[CollectionDefinition(nameof(NoGcRegionCollection), DisableParallelization = true)]
public sealed class NoGcRegionCollection;

/// <summary>
/// `topo` compiles an input of a megabyte or more inside a no-GC region sized from it; the region
/// ends with the compile (with the report on it, for `topo check`), or earlier when the compile
/// allocates past it, and the result is the same.
/// </summary>
[Collection(nameof(NoGcRegionCollection))]
public sealed class CompileWithoutCollectionsTests : System.IDisposable
{
    private const string Valid = "network lan {\n  cidr \"10.0.1.0/24\"\n}\n";

    private readonly CliRunner _files = new();

    public void Dispose() => _files.Dispose();

    // A valid topology after two megabytes of comment.
    private string Large() => _files.Write("large.topo", string.Concat(Enumerable.Repeat("// " + new string('x', 96) + "\n", 21_000)) + Valid);

    [Fact]
    public void A_large_input_is_compiled_inside_a_region_that_ends_with_the_compile()
    {
        var during = CompileWithoutCollections.Run(new[] { Large() }, () => GCSettings.LatencyMode);

        Assert.Equal(GCLatencyMode.NoGCRegion, during);
        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
    }

    [Fact]
    public void A_report_on_a_large_compile_is_made_inside_the_region_that_then_ends()
    {
        var during = SourceLoader.CompileAndReport(new[] { Large() }, new TopoLang.Compiler.TopoCompilationOptions(), _ => GCSettings.LatencyMode);

        Assert.Equal(GCLatencyMode.NoGCRegion, during);
        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
    }

    [Fact]
    public void A_report_that_fails_still_ends_the_region()
    {
        Assert.Throws<System.InvalidOperationException>(() =>
            SourceLoader.CompileAndReport<int>(new[] { Large() }, new TopoLang.Compiler.TopoCompilationOptions(), _ => throw new System.InvalidOperationException()));

        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
    }

    [Fact]
    public void A_small_input_is_compiled_as_usual()
    {
        var during = CompileWithoutCollections.Run(new[] { _files.Write("small.topo", Valid) }, () => GCSettings.LatencyMode);

        Assert.NotEqual(GCLatencyMode.NoGCRegion, during);
    }

    [Fact]
    public void A_compile_that_allocates_past_the_budget_ends_the_region_and_still_returns()
    {
        // Two megabytes of input set aside 16 MB; this keeps 64.
        var kept = CompileWithoutCollections.Run(new[] { Large() }, () =>
        {
            var arrays = new List<byte[]>();
            for (var i = 0; i < 64; i++)
            {
                arrays.Add(new byte[1 << 20]);
            }

            return arrays.Count;
        });

        Assert.Equal(64, kept);
        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
    }

    [Fact]
    public void A_missing_file_is_left_for_the_compile_to_report()
    {
        var path = System.IO.Path.Combine(_files.Directory, "nope.topo");

        Assert.Equal(7, CompileWithoutCollections.Run(new[] { path }, () => 7));
    }

    [Fact]
    public void Checking_a_large_file_prints_what_a_small_one_does()
    {
        var result = CliRunner.Run("check", Large());

        Assert.Equal((0, "", ""), (result.ExitCode, result.Out, result.Error));
    }
}
