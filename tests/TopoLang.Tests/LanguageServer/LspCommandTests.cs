using System.Diagnostics;
using System.Text.Json;
using System.Threading.Tasks;

namespace TopoLang.Tests.LanguageServer;

/// <summary>`topo lsp` as a process: LSP frames and nothing else on stdout, and the exit codes LSP asks for.</summary>
public sealed class LspCommandTests
{
    private static Process Start()
    {
        var start = new ProcessStartInfo(BuiltServer.Dotnet) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { BuiltServer.TopoDll, "lsp", "--stdio" })
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start)!;
    }

    private static async Task<int> ExitCodeAsync(Process process)
    {
        // stderr drained, so that the log can never fill its pipe and stall the server.
        _ = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(LspSession.Timeout);
        return process.ExitCode;
    }

    [Fact]
    public async Task Shutdown_then_exit_ends_the_process_with_0_and_stdout_holds_only_the_answers()
    {
        using var process = Start();
        var stdin = process.StandardInput.BaseStream;
        var stdout = process.StandardOutput.BaseStream;

        await RawFrames.WriteAsync(stdin, "{\"jsonrpc\": \"2.0\", \"id\": 1, \"method\": \"initialize\", \"params\": {\"rootUri\": null, \"capabilities\": {}}}");
        var initialized = await RawFrames.ReadAsync(stdout);
        await RawFrames.WriteAsync(stdin, "{\"jsonrpc\": \"2.0\", \"id\": 2, \"method\": \"shutdown\"}");
        var shutDown = await RawFrames.ReadAsync(stdout);
        await RawFrames.WriteAsync(stdin, "{\"jsonrpc\": \"2.0\", \"method\": \"exit\"}");
        var rest = await process.StandardOutput.ReadToEndAsync().WaitAsync(LspSession.Timeout);

        Assert.Equal(0, await ExitCodeAsync(process));
        Assert.True(initialized.GetProperty("result").GetProperty("capabilities").GetProperty("hoverProvider").GetBoolean());
        Assert.Equal(JsonValueKind.Null, shutDown.GetProperty("result").ValueKind);
        Assert.Equal(string.Empty, rest);
    }

    [Fact]
    public async Task A_client_that_leaves_without_shutdown_ends_the_process_with_1()
    {
        using var process = Start();

        process.StandardInput.Close();

        Assert.Equal(1, await ExitCodeAsync(process));
    }
}
