using System;
using System.Threading.Tasks;
using StreamJsonRpc;

namespace TopoLang.Tests.LanguageServer;

/// <summary>
/// The error a request was answered with. StreamJsonRpc's client raises -32602 (invalid params) as
/// <see cref="RemoteMethodNotFoundException"/>, the rest as <see cref="RemoteInvocationException"/>:
/// this reads the code and message of either.
/// </summary>
public sealed record LspError(int Code, string Message)
{
    public static async Task<LspError> Of(Func<Task> request)
    {
        var exception = await Assert.ThrowsAnyAsync<RemoteRpcException>(request);
        return exception switch
        {
            RemoteInvocationException invocation => new LspError(invocation.ErrorCode, invocation.Message),
            RemoteMethodNotFoundException notFound => new LspError((int)notFound.ErrorCode, notFound.Message),
            _ => throw new Xunit.Sdk.XunitException($"unexpected {exception.GetType().Name}: {exception.Message}"),
        };
    }
}
