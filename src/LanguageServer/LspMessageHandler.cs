using System;
using System.IO;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace TopoLang.LanguageServer;

/// <summary>
/// LSP's framing (`Content-Length` headers) that outlives a bad message: StreamJsonRpc ends the
/// connection on a body it cannot read as JSON-RPC, but the header already said where the body
/// ends, so the next message is intact. Such a body is answered with a parse error (-32700, id
/// null, as JSON-RPC says) and reading goes on. A broken header still ends the session: then
/// nothing says where the next message starts.
/// </summary>
internal sealed class LspMessageHandler : HeaderDelimitedMessageHandler
{
    private readonly TextWriter _log;

    public LspMessageHandler(Stream output, Stream input, IJsonRpcMessageFormatter formatter, TextWriter log)
        : base(output, input, formatter)
    {
        _log = log;
    }

    protected override async ValueTask<JsonRpcMessage?> ReadCoreAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                return await base.ReadCoreAsync(cancellationToken);
            }
            catch (Exception exception) when (IsUnreadableBody(exception))
            {
                _log.WriteLine($"topo lsp: a message that is not JSON-RPC was answered with a parse error: {exception.Message}");
                var error = new JsonRpcError
                {
                    RequestId = RequestId.Null,
                    Error = new JsonRpcError.ErrorDetail { Code = JsonRpcErrorCode.ParseError, Message = "the message is not a JSON-RPC request, response or notification: " + exception.Message },
                };
                await WriteAsync(error, cancellationToken);
            }
        }
    }

    private static bool IsUnreadableBody(Exception exception) =>
        exception is JsonException or UnrecognizedJsonRpcMessageException or FormatException or InvalidOperationException or NotSupportedException
        && exception is not BadRpcHeaderException;
}
