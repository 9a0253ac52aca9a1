using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using TopoLang.Compiler.Emit;
using TopoLang.Tests.Infrastructure;

namespace TopoLang.Tests.Artifacts.Xen;

/// <summary>
/// xl's own parser, run without a hypervisor: `xlcheck.sh` (the shared validator: fails on any
/// error or warning) and `xl -N create` under the same shim, whose stdout is the domain
/// configuration xl built from the file, as JSON: what the parser made of every value.
/// </summary>
public static class XlTool
{
    public const string Xl = "/usr/lib/xen-4.17/bin/xl";

    public static string XlCheck => Path.Combine(ExternalTool.SharedValidators, "xlcheck.sh");

    /// <summary>The shim xlcheck.sh builds on first use, where it builds it.</summary>
    private static string Shim => Path.Combine(Environment.GetEnvironmentVariable("TMPDIR") is { Length: > 0 } tmp ? tmp : "/tmp", "topolang-xlshim.so");

    /// <summary>
    /// xlcheck.sh builds its shim on first use, straight into its final path: test classes run in
    /// parallel, so the first use happens once, here, before any of them reads it.
    /// </summary>
    private static readonly Lazy<ToolResult> WarmUp = new(() =>
    {
        var folder = Directory.CreateTempSubdirectory("topo-xl-warmup-");
        try
        {
            var path = Path.Combine(folder.FullName, "warmup.cfg");
            File.WriteAllText(path, "name = \"warmup\"\nkernel = \"/boot/vmlinuz\"\n");
            return ExternalTool.Run(XlCheck, path);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    });

    public static void Require()
    {
        ExternalTool.Require(Xl, "apt-get install --no-install-recommends xen-utils-4.17");
        ExternalTool.Require("gcc", "apt-get install gcc");
        Assert.True(WarmUp.Value.ExitCode == 0, "xlcheck.sh fails on a minimal config:\n" + WarmUp.Value.Combined);
    }

    public static void AssertAccepted(IReadOnlyList<string> paths)
    {
        var result = ExternalTool.Run(XlCheck, paths.ToArray());
        Assert.True(result.ExitCode == 0, "xlcheck.sh rejected a file:\n" + result.Combined + "\n\n" + string.Join("\n\n", paths.Select(p => p + ":\n" + File.ReadAllText(p))));
    }

    /// <summary>The configuration xl parsed from <paramref name="file"/> (its `xl -N create` JSON).</summary>
    public static JsonElement Parse(GeneratedFile file)
    {
        var folder = Directory.CreateTempSubdirectory("topo-xl-");
        try
        {
            var path = XenArtifacts.WriteTo(folder, new[] { file })[0];
            AssertAccepted(new[] { path });
            var result = ExternalTool.Run("/usr/bin/env", "LD_PRELOAD=" + Shim, Xl, "-N", "create", path);
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
