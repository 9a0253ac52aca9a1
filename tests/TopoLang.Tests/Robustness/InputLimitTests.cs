using System;
using System.IO;
using System.Linq;
using System.Text;
using TopoLang.Compiler;
using TopoLang.Compiler.Binding.Imports;
using TopoLang.Compiler.Diagnostics;
using TopoLang.Compiler.Text;

namespace TopoLang.Tests.Robustness;

/// <summary>
/// Hostile inputs of every kind get their diagnostic (TOPO9001 naming the limit, or TOPO0001),
/// never an exception, and never millions of diagnostics. No test here measures time: the
/// inputs are sized so that the suite stays fast, and a regression to unbounded work shows as a
/// test that does not finish.
/// </summary>
public sealed class InputLimitTests
{
    [Fact]
    public void A_100_MB_file_of_open_brackets_is_one_TOPO9001_naming_the_file_size_limit()
    {
        var path = Path.Combine(Path.GetTempPath(), $"topo-brackets-{Guid.NewGuid():N}.topo");
        try
        {
            using (var file = File.Create(path))
            {
                var chunk = Enumerable.Repeat((byte)'[', 1 << 20).ToArray();
                for (var i = 0; i < 100; i++)
                {
                    file.Write(chunk);
                }
            }

            var compilation = TopoCompilation.FromFile(path);

            var diagnostic = Assert.Single(compilation.GetDiagnostics());
            Assert.Equal("TOPO9001", diagnostic.Code);
            Assert.Equal($"the file has 104,857,600 characters, more than the limit of {CompilerLimits.MaxFileLength:N0}", diagnostic.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Ten_million_open_brackets_under_the_file_limit_are_one_TOPO9001_naming_the_nesting_limit()
    {
        var text = "host h { cpu intel { features " + new string('[', 10_000_000) + " } }";

        var diagnostic = Assert.Single(Compile(text).GetDiagnostics(), d => d.Code == "TOPO9001");

        Assert.Equal("lists and blocks are nested deeper than the limit of 100 levels", diagnostic.Message);
    }

    [Fact]
    public void A_file_of_NUL_bytes_is_one_TOPO0001()
    {
        var compilation = CompileBytes(new byte[1 << 20]);

        var diagnostic = Assert.Single(compilation.GetDiagnostics());
        Assert.Equal("TOPO0001", diagnostic.Code);
        Assert.Equal(new LinePosition(1, 1), diagnostic.Location.Start);
    }

    [Fact]
    public void Invalid_UTF_8_is_TOPO0001_at_the_first_bad_byte_and_the_rest_still_compiles()
    {
        var bytes = Encoding.UTF8.GetBytes("network lan { cidr \"10.0.0.0/24\" }\n// caf")
            .Concat(new byte[] { 0xE9, 0xFF, 0xC3, 0x28, (byte)'\n' })
            .Concat(Encoding.UTF8.GetBytes("network wan { cidr \"10.0.1.0/24\" }\n"))
            .ToArray();

        var compilation = CompileBytes(bytes);

        var diagnostic = Assert.Single(compilation.GetDiagnostics());
        Assert.Equal("TOPO0001", diagnostic.Code);
        Assert.Equal("the file is not valid UTF-8: byte 0xE9 at byte offset 41 cannot be decoded", diagnostic.Message);
        Assert.Equal(new[] { "lan", "wan" }, compilation.Model.Networks.Select(n => n.Name.Value));
    }

    [Fact]
    public void A_megabyte_of_bytes_that_are_not_UTF_8_gives_at_most_the_diagnostic_limit()
    {
        var bytes = Enumerable.Range(0, 1 << 20).Select(i => i % 2 == 0 ? (byte)0xFF : (byte)'\n').ToArray();

        var diagnostics = CompileBytes(bytes).GetDiagnostics();

        Assert.Equal("TOPO0001", diagnostics[0].Code);
        AssertCappedWithOneNotice(diagnostics);
    }

    [Fact]
    public void Nested_literal_loops_that_would_make_10_to_the_12_entities_are_refused_before_expanding()
    {
        var text = Host("for a in 1..1000000 { for b in 1..1000000 { guest \"g-${a}-${b}\" { os linux; vcpus 1; memory 1 GiB } } }");

        var diagnostic = Assert.Single(Compile(text).GetDiagnostics());

        Assert.Equal("TOPO9001", diagnostic.Code);
        Assert.StartsWith("this loop would create 1,000,000,000,000 entities, more than the limit of 1,000,000 entities", diagnostic.Message);
    }

    [Fact]
    public void Nested_loops_over_params_that_would_make_10_to_the_12_entities_stop_at_the_limit()
    {
        var text = "param n: int = 1000000\n" + Host("for a in 1..n { for b in 1..n { guest \"g-${a}-${b}\" { os linux; vcpus 1; memory 1 GiB } } }");

        var diagnostic = Assert.Single(Compile(text).GetDiagnostics());

        Assert.Equal("TOPO9001", diagnostic.Code);
        Assert.StartsWith("this loop would create 1,000,000 entities", diagnostic.Message);
    }

    [Fact]
    public void A_loop_whose_bound_is_an_outer_loop_variable_counts_its_passes_against_the_limit()
    {
        // 7,000,000 passes of an outer loop, each running an inner loop up to 7,000,000 times:
        // 2.45 * 10^13 passes if nothing counted them.
        var diagnostic = Assert.Single(Compile("for a in 1..7000000 { for b in 1..a { } }").GetDiagnostics());

        Assert.Equal("TOPO9001", diagnostic.Code);
        Assert.Contains("8,000,000 entries", diagnostic.Message);
    }

    [Fact]
    public void Passes_that_expand_nothing_are_counted_like_entries()
    {
        var diagnostic = Assert.Single(Compile("for a in 1..3000 { for b in 1..3000 { } }").GetDiagnostics());

        Assert.Equal("TOPO9001", diagnostic.Code);
        Assert.StartsWith("this loop would create 9,000,000 entries", diagnostic.Message);
    }

    [Fact]
    public void An_inner_loop_refused_for_its_size_stops_the_loops_around_it()
    {
        // Refused on the first pass, and again on each of 7,000,000 passes if nothing stopped them.
        var text = "param n: int = 9000000\nfor a in 1..7000000 { for b in 1..n { } }";

        var diagnostic = Assert.Single(Compile(text).GetDiagnostics());

        Assert.Equal("TOPO9001", diagnostic.Code);
        Assert.StartsWith("this loop would create 9,000,000 entries", diagnostic.Message);
        Assert.Equal(new LinePosition(2, 23), diagnostic.Location.Start);
    }

    [Fact]
    public void A_string_of_ten_million_characters_is_one_TOPO9001_naming_the_string_limit()
    {
        var text = "host h { cpu intel { model \"" + new string('x', 10_000_000) + "\" } }";

        var diagnostic = Assert.Single(Compile(text).GetDiagnostics(), d => d.Code == "TOPO9001");

        Assert.Equal("string of 10,000,002 characters is longer than the limit of 65,536", diagnostic.Message);
    }

    [Fact]
    public void An_import_chain_deeper_than_the_limit_is_one_TOPO9001_naming_the_import_limit()
    {
        var files = new InMemoryFileSystem();
        for (var i = 0; i < 200; i++)
        {
            files.Add($"/proj/f{i}.topo", $"import \"f{i + 1}.topo\"\nnetwork n{i} {{ cidr \"10.{i % 250}.{i / 250}.0/24\" }}\n");
        }

        files.Add("/proj/f200.topo", "network last { cidr \"10.99.99.0/24\" }\n");
        var entry = Encoding.UTF8.GetString(files.ReadAllBytes("/proj/f0.topo"));

        var compilation = TopoCompilation.Create(SourceText.From(entry, "/proj/f0.topo"), new TopoCompilationOptions { FileSystem = files });

        var diagnostic = Assert.Single(compilation.GetDiagnostics());
        Assert.Equal("TOPO9001", diagnostic.Code);
        Assert.Equal($"imports are nested deeper than the limit of {CompilerLimits.MaxImportDepth} files", diagnostic.Message);
        Assert.Equal(CompilerLimits.MaxImportDepth, compilation.Units.Count(u => u.Kind != SourceUnitKind.Prelude));
    }

    [Fact]
    public void A_million_lines_of_stray_characters_give_the_diagnostic_limit_and_one_TOPO9001()
    {
        var diagnostics = Compile(string.Concat(Enumerable.Repeat("@\n", 1_000_000))).GetDiagnostics();

        Assert.All(diagnostics.SkipLast(1), d => Assert.Equal("TOPO0001", d.Code));
        AssertCappedWithOneNotice(diagnostics);
    }

    [Fact]
    public void Networks_sharing_one_CIDR_report_pairs_only_up_to_the_diagnostic_limit()
    {
        // 2,000 networks are 1,999,000 overlapping pairs.
        var compilation = Compile("for i in 1..2000 { network \"n${i}\" { cidr \"10.0.0.0/8\" } }");

        var diagnostics = compilation.GetDiagnostics();
        Assert.Equal(CompilerLimits.MaxDiagnostics, diagnostics.Count(d => d.Code == "TOPO5002"));
        AssertCappedWithOneNotice(diagnostics);
        Assert.True(compilation.HasErrors, "a topology whose findings were not all reported must not build");
    }

    [Fact]
    public void Diagnostics_of_several_files_together_are_held_to_the_limit_too()
    {
        // Each file's parse stays under the limit on its own; together they pass it.
        var files = new InMemoryFileSystem()
            .Add("/proj/a.topo", string.Concat(Enumerable.Repeat("@\n", 6_000)))
            .Add("/proj/b.topo", string.Concat(Enumerable.Repeat("@\n", 6_000)));
        var entry = "import \"a.topo\"\nimport \"b.topo\"\n";

        var compilation = TopoCompilation.Create(SourceText.From(entry, "/proj/main.topo"), new TopoCompilationOptions { FileSystem = files });

        AssertCappedWithOneNotice(compilation.GetDiagnostics());
        Assert.Equal("/proj/b.topo", compilation.GetDiagnostics().Single(DiagnosticBag.IsTooMany).Location.Path);
    }

    [Fact]
    public void Suppressed_warnings_do_not_count_towards_the_diagnostic_limit()
    {
        var options = new TopoCompilationOptions { Diagnostics = new DiagnosticOptions { NoWarnCodes = ["TOPO5002"] } };

        var compilation = TopoCompilation.Create(SourceText.From("for i in 1..2000 { network \"n${i}\" { cidr \"10.0.0.0/8\" } }", "limits.topo"), options);

        Assert.Empty(compilation.GetDiagnostics());
    }

    [Fact]
    public void A_fault_repeated_by_a_loop_is_held_once()
    {
        var bag = new DiagnosticBag();
        var location = new SourceLocation(SourceText.From("abc", "x.topo"), new TextSpan(0, 1));
        for (var i = 0; i < 100_000; i++)
        {
            bag.Add(DiagnosticFactory.UnexpectedCharacter(location, "unexpected character 'a'"));
        }

        Assert.Single(bag);
    }

    private static void AssertCappedWithOneNotice(System.Collections.Immutable.ImmutableArray<Diagnostic> diagnostics)
    {
        Assert.Equal(CompilerLimits.MaxDiagnostics + 1, diagnostics.Length);
        var notice = Assert.Single(diagnostics, DiagnosticBag.IsTooMany);
        Assert.Equal("TOPO9001", notice.Code);
        Assert.Equal($"more than the limit of {CompilerLimits.MaxDiagnostics:N0} diagnostics; the rest are not reported", notice.Message);
    }

    private static string Host(string body) =>
        $"host kvm-01 {{\n  cpu intel {{ cores 8; features [vmx, ept] }}\n  memory 64 GiB\n  hypervisor kvm {{\n    {body}\n  }}\n}}\n";

    private static TopoCompilation Compile(string text) => TopoCompilation.Create(SourceText.From(text, "limits.topo"));

    private static TopoCompilation CompileBytes(byte[] bytes)
    {
        var path = Path.Combine(Path.GetTempPath(), $"topo-bytes-{Guid.NewGuid():N}.topo");
        try
        {
            File.WriteAllBytes(path, bytes);
            return TopoCompilation.FromFile(path);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
