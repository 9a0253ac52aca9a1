using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading.Tasks;
using Microsoft.VisualStudio.Threading;
using StreamJsonRpc;
using TopoLang.LanguageServer.Protocol;

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

    /// <summary>The server's methods, from the shape PolyType generates at compile time: what StreamJsonRpc needs in an ahead-of-time compiled `topo`.</summary>
    private static readonly RpcTargetMetadata ServerMethods = RpcTargetMetadata.FromShape<TopoLanguageServer>();

    /// <summary>Starts serving and returns the connection; its <see cref="JsonRpc.Completion"/> ends with the session.</summary>
    public static JsonRpc Start(Stream input, Stream output, TopoLanguageServer server)
    {
        var handler = new LspMessageHandler(output, input, CreateFormatter(), server.Log);
        var rpc = new JsonRpc(handler)
        {
            // One message at a time, in order: a didChange is applied before the next request is answered.
            SynchronizationContext = new NonConcurrentSynchronizationContext(sticky: false),
        };
        rpc.AddLocalRpcTarget(ServerMethods, server, new JsonRpcTargetOptions { AllowNonPublicInvocation = false });
        server.Attach(rpc);
        rpc.StartListening();
        return rpc;
    }

    // The formatter's constructor is marked unsafe for trimming and ahead-of-time compilation
    // because, without a resolver, it serializes by reflection. Every type the server reads or
    // writes is in LspJsonContext, which is its only resolver (StreamJsonRpc's own envelope types
    // come with the formatter), so nothing is reflected over. PublishedTopoTests runs an editor
    // session against the ahead-of-time compiled `topo` to keep this true.
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Every payload type is in LspJsonContext, the formatter's only resolver.")]
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Every payload type is in LspJsonContext, the formatter's only resolver.")]
    private static SystemTextJsonFormatter CreateFormatter() => new()
    {
        JsonSerializerOptions = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            TypeInfoResolver = LspJsonContext.Default,
        },
    };
}
