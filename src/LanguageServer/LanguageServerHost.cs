using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading.Tasks;
using Microsoft.VisualStudio.Threading;
using StreamJsonRpc;

namespace TopoLang.LanguageServer;

/// <summary>
/// Runs <see cref="TopoLanguageServer"/> over a pair of streams with LSP's framing
/// (`Content-Length` headers, JSON bodies): stdin and stdout for `topo lsp`, in-process pipes in
/// the tests and the benchmark.
/// </summary>
public static class LanguageServerHost
{
    /// <summary>Serves until the client sends `exit` or closes the input; true when it asked to shut down first.</summary>
    public static async Task<bool> RunAsync(Stream input, Stream output, TextWriter log)
    {
        var server = new TopoLanguageServer(log);
        using var rpc = Start(input, output, server);
        await Task.WhenAny(rpc.Completion, server.ExitRequested);
        return server.ShutdownRequested;
    }

    /// <summary>Starts serving and returns the connection; its <see cref="JsonRpc.Completion"/> ends with the session.</summary>
    public static JsonRpc Start(Stream input, Stream output, TopoLanguageServer server)
    {
        var formatter = new SystemTextJsonFormatter();
        formatter.JsonSerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        formatter.JsonSerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        var handler = new LspMessageHandler(output, input, formatter, server.Log);
        var rpc = new JsonRpc(handler)
        {
            // One message at a time, in order: a didChange is applied before the next request is answered.
            SynchronizationContext = new NonConcurrentSynchronizationContext(sticky: false),
        };
        rpc.AddLocalRpcTarget(server, new JsonRpcTargetOptions { AllowNonPublicInvocation = false });
        server.Attach(rpc);
        rpc.StartListening();
        return rpc;
    }
}
