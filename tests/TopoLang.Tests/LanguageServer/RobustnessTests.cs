using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Nerdbank.Streams;
using StreamJsonRpc;
using TopoLang.LanguageServer;
using TopoLang.LanguageServer.Protocol;
using Range = TopoLang.LanguageServer.Protocol.Range;

namespace TopoLang.Tests.LanguageServer;

public sealed class RobustnessTests
{
    private const string Entry = "datacenter.topo";

    [Fact]
    public async Task A_request_before_initialize_is_answered_ServerNotInitialized()
    {
        await using var session = LspSession.OnDatacenterCopy();

        var error = await LspError.Of(() => session.RequestAsync<JsonElement>("textDocument/hover", session.At(Entry, new Position(0, 0))));

        Assert.Equal(LspErrorCodes.ServerNotInitialized, error.Code);
    }

    [Fact]
    public async Task A_second_initialize_is_an_invalid_request()
    {
        await using var session = await LspSession.StartOnDatacenterAsync();

        var error = await LspError.Of(() => session.InitializeAsync());

        Assert.Equal(LspErrorCodes.InvalidRequest, error.Code);
    }

    [Fact]
    public async Task A_request_on_a_document_that_is_not_open_is_invalid_params()
    {
        await using var session = await LspSession.StartOnDatacenterAsync();

        var error = await LspError.Of(() => session.RequestAsync<JsonElement>("textDocument/definition", session.At(Entry, new Position(0, 0))));

        Assert.Equal(LspErrorCodes.InvalidParams, error.Code);
        Assert.Contains("not open", error.Message);
    }

    [Fact]
    public async Task A_request_on_a_file_outside_the_workspace_root_is_invalid_params()
    {
        await using var session = await LspSession.StartOnDatacenterAsync();

        var error = await LspError.Of(() => session.RequestAsync<JsonElement>("textDocument/hover", new { textDocument = new { uri = "file:///etc/hosts" }, position = new Position(0, 0) }));

        Assert.Equal(LspErrorCodes.InvalidParams, error.Code);
        Assert.Contains("outside the workspace root", error.Message);
    }

    [Fact]
    public async Task A_request_naming_no_file_uri_is_invalid_params()
    {
        await using var session = await LspSession.StartOnDatacenterAsync();

        var error = await LspError.Of(() => session.RequestAsync<JsonElement>("textDocument/documentSymbol", new { textDocument = new { uri = "untitled:Untitled-1" } }));

        Assert.Equal(LspErrorCodes.InvalidParams, error.Code);
    }

    [Fact]
    public async Task A_request_without_its_params_is_invalid_params()
    {
        await using var session = await LspSession.StartOnDatacenterAsync();
        await session.OpenAsync(Entry);

        var error = await LspError.Of(() => session.RequestAsync<JsonElement>("textDocument/hover", new { textDocument = new { uri = session.UriOf(Entry) } }));

        Assert.Equal(LspErrorCodes.InvalidParams, error.Code);
    }

    [Fact]
    public async Task A_request_with_params_of_the_wrong_shape_is_an_error_and_the_server_goes_on()
    {
        await using var session = await LspSession.StartOnDatacenterAsync();
        await session.OpenAsync(Entry);

        await Assert.ThrowsAnyAsync<RemoteRpcException>(() => session.RequestAsync<JsonElement>("textDocument/hover", new { textDocument = 42, position = "top" }));
        var symbols = await session.RequestAsync<DocumentSymbol[]>("textDocument/documentSymbol", new { textDocument = new { uri = session.UriOf(Entry) } });

        Assert.NotEmpty(symbols);
    }

    [Fact]
    public async Task An_unknown_method_is_method_not_found()
    {
        await using var session = await LspSession.StartOnDatacenterAsync();

        var error = await LspError.Of(() => session.RequestAsync<JsonElement>("textDocument/semanticTokens/full", new { textDocument = new { uri = session.UriOf(Entry) } }));

        Assert.Equal(-32601, error.Code);
    }

    [Fact]
    public async Task A_document_of_arbitrary_characters_is_checked_and_every_request_on_it_is_answered()
    {
        await using var session = await LspSession.StartOnDatacenterAsync();
        var random = new Random(17);
        var text = new string(Enumerable.Range(0, 2000).Select(_ => (char)random.Next(0, 0xFFFF)).ToArray()) + "host { ] \"${ \0 } [ ,";

        var published = await session.OpenAsync(Entry, text);

        Assert.NotEmpty(published.Diagnostics);
        foreach (var line in Enumerable.Range(0, 3))
        {
            var at = session.At(Entry, new Position(line, 5));
            await session.RequestAsync<JsonElement>("textDocument/hover", at);
            await session.RequestAsync<JsonElement>("textDocument/completion", at);
            await session.RequestAsync<JsonElement>("textDocument/definition", at);
            await session.RequestAsync<JsonElement>("textDocument/codeAction", new { textDocument = new { uri = session.UriOf(Entry) }, range = new Range(new Position(0, 0), new Position(line, 5)) });
        }

        await session.RequestAsync<JsonElement>("textDocument/documentSymbol", new { textDocument = new { uri = session.UriOf(Entry) } });
    }

    [Fact]
    public async Task A_position_past_the_end_of_the_document_is_read_as_its_end()
    {
        await using var session = await LspSession.StartOnDatacenterAsync();
        await session.OpenAsync(Entry, "host h {}\n");

        var hover = await session.RequestAsync<Hover?>("textDocument/hover", session.At(Entry, new Position(500, 500)));

        Assert.Null(hover);
    }

    [Theory]
    [InlineData("not json {{{")]
    [InlineData("[1, 2]")]
    [InlineData("{\"jsonrpc\": \"2.0\", \"id\": 7}")]
    public async Task A_message_that_is_not_JSON_RPC_is_answered_with_a_parse_error_and_the_session_goes_on(string body)
    {
        var (client, server) = FullDuplexStream.CreatePair();
        using var rpc = LanguageServerHost.Start(server, server, new TopoLanguageServer(TextWriter.Null));

        await RawFrames.WriteAsync(client, body);
        var error = await RawFrames.ReadAsync(client);
        await RawFrames.WriteAsync(client, "{\"jsonrpc\": \"2.0\", \"id\": 1, \"method\": \"shutdown\"}");
        var answer = await RawFrames.ReadAsync(client);

        Assert.Equal(-32700, error.GetProperty("error").GetProperty("code").GetInt32());
        Assert.Equal(JsonValueKind.Null, error.GetProperty("id").ValueKind);
        Assert.Equal(LspErrorCodes.ServerNotInitialized, answer.GetProperty("error").GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task Exit_after_shutdown_ends_the_session_as_a_success()
    {
        await using var session = await LspSession.StartOnDatacenterAsync();

        await session.RequestAsync<JsonElement>("shutdown", null);
        await session.NotifyAsync("exit", null);
        await session.Server.ExitRequested.WaitAsync(LspSession.Timeout);

        Assert.True(session.Server.ShutdownRequested);
    }
}
