using StreamJsonRpc;

namespace TopoLang.LanguageServer.Protocol;

/// <summary>A request the server answers with an LSP error (code and message) instead of a result.</summary>
public sealed class RequestFailure : LocalRpcException
{
    public RequestFailure(int code, string message)
        : base(message)
    {
        ErrorCode = code;
    }

    public static RequestFailure InvalidParams(string message) => new(LspErrorCodes.InvalidParams, message);

    public static RequestFailure Failed(string message) => new(LspErrorCodes.RequestFailed, message);
}
