using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using TopoLang.Compiler.Emit;
using TopoLang.Tests.Infrastructure;

namespace TopoLang.Tests.Artifacts.Xen;

/// <summary>
/// xl's own parser, run without a hypervisor (tests/validators/xen): every file must pass with
/// no error or warning, and `--json` gives the domain configuration xl built from a file: what
/// the parser made of every value.
/// </summary>
public static class XlTool
{
    public static void AssertAccepted(IReadOnlyList<string> paths)
    {
        var result = RepositoryValidators.Xl(paths);
        Assert.True(result.ExitCode == 0, "xl rejected a file:\n" + result.Combined + "\n\n" + string.Join("\n\n", paths.Select(p => p + ":\n" + File.ReadAllText(p))));
    }

    /// <summary>The configuration xl parsed from <paramref name="file"/> (its `xl -N create` JSON).</summary>
    public static JsonElement Parse(GeneratedFile file)
    {
        var folder = Directory.CreateTempSubdirectory("topo-xl-");
        try
        {
            var path = XenArtifacts.WriteTo(folder, new[] { file })[0];
            AssertAccepted(new[] { path });
            var result = RepositoryValidators.XlJson(path);
            Assert.True(result.ExitCode == 0, result.Combined);
            using var document = JsonDocument.Parse(result.Out);
            return document.RootElement.Clone();
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    public static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value.GetString() : null;
}
