using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using TopoLang.Compiler.Formatting;
using TopoLang.Tests.Infrastructure;

namespace TopoLang.Tests.LanguageServer;

/// <summary>
/// `topo lsp` in headless Neovim 0.7 with its built-in LSP client (tests/clients/nvim/init.lua):
/// diagnostics on open and after an edit, hover, definition across the import, and formatting
/// applied to the buffer. The script writes one line per check; this test reports the failed ones.
/// </summary>
public sealed class NeovimClientTests
{
    private const string Unformatted = "host h {   memory 1 GiB\n cpu intel { cores 2 } }\n";

    [SkippableFact]
    public void Neovim_gets_diagnostics_hover_definition_and_formatting_from_the_built_server()
    {
        ExternalTool.Require(TestTools.Neovim);
        var root = ExampleCopy.Datacenter();
        var scratch = TestTemp.NewFolder("nvim-");
        var results = Path.Combine(scratch, "results.txt");
        var formatted = Path.Combine(scratch, "formatted.topo");
        File.WriteAllText(formatted, TopoFormatter.Format(Unformatted).Formatted);

        var lines = RunNeovim(new Dictionary<string, string>
        {
            ["TOPO_LSP_ROOT"] = root,
            ["TOPO_LSP_CMD"] = JsonSerializer.Serialize(BuiltServer.Command),
            ["TOPO_LSP_RESULT"] = results,
            ["TOPO_LSP_FORMATTED"] = formatted,
        }, results);

        Assert.True(lines.Contains("done"), "the script did not finish:\n" + string.Join("\n", lines));
        Assert.True(!lines.Any(line => line.StartsWith("not ok", StringComparison.Ordinal)), string.Join("\n", lines));
        Assert.Equal(6, lines.Count(line => line.StartsWith("ok - ", StringComparison.Ordinal)));
    }

    private static string[] RunNeovim(Dictionary<string, string> environment, string results)
    {
        var start = new ProcessStartInfo(TestTools.Neovim.Command) { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false };
        foreach (var argument in new[] { "--headless", "--clean", "-u", Path.Combine(RepositoryPaths.Root, "tests", "clients", "nvim", "init.lua") })
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("nvim did not start");
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("nvim did not finish in 120 s");
        }

        return File.Exists(results) ? File.ReadAllLines(results) : new[] { "no results written; nvim's stderr: " + error.Result };
    }
}
