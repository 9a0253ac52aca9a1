using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using TopoLang.Compiler;
using TopoLang.Compiler.Text;
using TopoLang.Generator;
using TopoLang.Tests.Infrastructure;

namespace TopoLang.Tests.Formatting;

/// <summary>
/// Formatting changes no meaning: the diagnostics (code, severity, message) are the same, and a
/// topology that compiles emits the same files, C#, plan and every target's artifacts, once
/// positions (which may move) are taken out. Every value of the model reaches one of those files.
/// </summary>
public sealed partial class MeaningPreservationTests
{
    [Theory]
    [MemberData(nameof(FormattingInputs.FormattableRows), MemberType = typeof(FormattingInputs))]
    public void Formatted_file_compiles_to_the_same_diagnostics_and_output(string relativePath)
    {
        var original = Path.Combine(RepositoryPaths.Root, relativePath);
        var root = new[] { FormattingInputs.Cases, RepositoryPaths.TestCases, RepositoryPaths.Examples }
            .First(folder => original.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal));
        var formatted = Path.Combine(FormattedCopy.Of(root), Path.GetRelativePath(root, original));

        Assert.Equal(
            Meaning(TopoCompilation.FromFile(original), root),
            Meaning(TopoCompilation.FromFile(formatted), FormattedCopy.Of(root)));
    }

    [Fact]
    public void Formatted_10k_guest_topology_emits_the_same_output()
    {
        var text = TopologyGenerator.Generate(10_000);

        Assert.Equal(
            Meaning(TopoCompilation.Create(SourceText.From(text, "bench.topo")), ""),
            Meaning(TopoCompilation.Create(SourceText.From(FormattingInputs.Format(text), "bench.topo")), ""));
    }

    [Fact]
    public void Meaning_sees_a_changed_value()
    {
        const string Text = "network lan { cidr \"10.0.1.0/24\"; vlan 10 }\n";

        Assert.NotEqual(
            Meaning(TopoCompilation.Create(SourceText.From(Text, "a.topo")), ""),
            Meaning(TopoCompilation.Create(SourceText.From(Text.Replace("10 }", "11 }"), "a.topo")), ""));
    }

    private static string Meaning(TopoCompilation compilation, string root)
    {
        var meaning = new StringBuilder();
        foreach (var diagnostic in compilation.GetDiagnostics()
            .Select(d => $"{Relative(root, d.Location.Path)} {d.Code} {d.Severity}: {Neutral(d.Message, root)}")
            .Order(StringComparer.Ordinal))
        {
            meaning.Append(diagnostic).Append('\n');
        }

        if (!compilation.HasErrors)
        {
            // Written as to the root: the plan's probe step, which the C# also holds in its
            // compressed image (where Neutral cannot reach), names the entry relative to it.
            var folder = root.Length == 0 ? null : root;
            foreach (var file in compilation.Emit(codeDirectory: folder, outputDirectory: folder).All)
            {
                meaning.Append("== ").Append(file.RelativePath).Append('\n').Append(Neutral(file.Text, root));
            }
        }

        return meaning.ToString();
    }

    private static string Relative(string root, string path) => root.Length == 0 || path.Length == 0 ? path : Path.GetRelativePath(root, path);

    /// <summary>The text without what formatting or the copy's folder may change: positions and the folder's path.</summary>
    private static string Neutral(string text, string root)
    {
        var withoutPositions = Position().Replace(LineDirective().Replace(text, ""), "(…)");
        return root.Length == 0 ? withoutPositions : withoutPositions.Replace(root, "ROOT", StringComparison.Ordinal).Replace(JsonEscaped(root), "ROOT", StringComparison.Ordinal);
    }

    private static string JsonEscaped(string path) => path.Replace("\\", "\\\\", StringComparison.Ordinal);

    [GeneratedRegex(@"^\s*#line.*$", RegexOptions.Multiline)]
    private static partial Regex LineDirective();

    [GeneratedRegex(@"\(\d+,\d+(,\d+,\d+)?\)|\bline \d+(, column \d+)?|:\d+:\d+")]
    private static partial Regex Position();
}
