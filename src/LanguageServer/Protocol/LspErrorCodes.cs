namespace TopoLang.LanguageServer.Protocol;

/// <summary>The JSON-RPC and LSP error codes the server answers with.</summary>
public static class LspErrorCodes
{
    public const int InvalidParams = -32602;
    public const int ServerNotInitialized = -32002;
    public const int InvalidRequest = -32600;
    public const int RequestFailed = -32803;
}
