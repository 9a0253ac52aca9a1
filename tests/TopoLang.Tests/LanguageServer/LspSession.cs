using System;
using System.Collections.Concurrent;
using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;
using Nerdbank.Streams;
using StreamJsonRpc;
using TopoLang.LanguageServer;
using TopoLang.LanguageServer.Protocol;

namespace TopoLang.Tests.LanguageServer;

/// <summary>
/// A real StreamJsonRpc client talking LSP to the server over in-process pipes, as an editor
/// would over stdio: requests, notifications, and the diagnostics the server publishes.
/// </summary>
public sealed class LspSession : IAsyncDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private readonly JsonRpc _client;
    private readonly JsonRpc _server;
    private readonly DiagnosticsInbox _inbox = new();

    private LspSession(string root)
    {
        Root = root;
        var (clientStream, serverStream) = FullDuplexStream.CreatePair();
        Server = new TopoLanguageServer(TextWriter.Null);
        _server = LanguageServerHost.Start(serverStream, serverStream, Server);
        var formatter = new SystemTextJsonFormatter();
        formatter.JsonSerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        formatter.JsonSerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        _client = new JsonRpc(new HeaderDelimitedMessageHandler(clientStream, clientStream, formatter));
        _client.AddLocalRpcTarget(_inbox);
        _client.StartListening();
    }

    public string Root { get; }

    public TopoLanguageServer Server { get; }

    public Task ServerCompletion => _server.Completion;

    /// <summary>A session not yet initialized, on a copy of examples/datacenter.</summary>
    public static LspSession OnDatacenterCopy()
    {
        return new LspSession(ExampleCopy.Datacenter());
    }

    /// <summary>An initialized session on a copy of examples/datacenter.</summary>
    public static async Task<LspSession> StartOnDatacenterAsync()
    {
        var session = OnDatacenterCopy();
        await session.InitializeAsync();
        return session;
    }

    public string PathOf(string relative) => Path.Combine(Root, relative);

    public string UriOf(string relative) => new Uri(PathOf(relative)).AbsoluteUri;

    public Task<InitializeResult> InitializeAsync() =>
        RequestAsync<InitializeResult>("initialize", new { processId = (int?)null, rootUri = new Uri(Root).AbsoluteUri, capabilities = new { } });

    public async Task<T> RequestAsync<T>(string method, object? parameters)
    {
        using var timeout = new CancellationTokenSource(Timeout);
        return await _client.InvokeWithParameterObjectAsync<T>(method, parameters, timeout.Token);
    }

    public Task NotifyAsync(string method, object? parameters) => _client.NotifyWithParameterObjectAsync(method, parameters);

    /// <summary>Opens a file of the copy with its text on disk (or the text given); returns the diagnostics published for it.</summary>
    public async Task<PublishDiagnosticsParams> OpenAsync(string relative, string? text = null)
    {
        var uri = UriOf(relative);
        var waiting = _inbox.Next(uri);
        await NotifyAsync("textDocument/didOpen", new DidOpenTextDocumentParams(new TextDocumentItem(uri, "topo", 1, text ?? File.ReadAllText(PathOf(relative)))));
        return await waiting;
    }

    /// <summary>Replaces a document's whole text; returns the diagnostics then published for <paramref name="watched"/> (default: the document).</summary>
    public async Task<PublishDiagnosticsParams> ChangeAsync(string relative, int version, string text, string? watched = null) =>
        await ChangeAsync(relative, version, new[] { new TextDocumentContentChangeEvent(null, text) }, watched);

    public async Task<PublishDiagnosticsParams> ChangeAsync(string relative, int version, TextDocumentContentChangeEvent[] changes, string? watched = null)
    {
        var waiting = _inbox.Next(UriOf(watched ?? relative));
        await NotifyAsync("textDocument/didChange", new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(UriOf(relative), version), changes));
        return await waiting;
    }

    public async Task<PublishDiagnosticsParams> CloseAsync(string relative)
    {
        var waiting = _inbox.Next(UriOf(relative));
        await NotifyAsync("textDocument/didClose", new DidCloseTextDocumentParams(new TextDocumentIdentifier(UriOf(relative))));
        return await waiting;
    }

    /// <summary>The position (0-based) of the <paramref name="occurrence"/>th <paramref name="find"/> in a file of the copy, plus <paramref name="shift"/> characters.</summary>
    public Position PositionOf(string relative, string find, int shift = 0, int occurrence = 1) => TextPosition.Of(File.ReadAllText(PathOf(relative)), find, shift, occurrence);

    public object At(string relative, Position position) => new { textDocument = new { uri = UriOf(relative) }, position };

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        _server.Dispose();
        await Task.WhenAny(_server.Completion, Task.Delay(Timeout));
    }

    /// <summary>Receives `textDocument/publishDiagnostics` and hands each to the test waiting for its document.</summary>
    private sealed class DiagnosticsInbox
    {
        private readonly ConcurrentDictionary<string, TaskCompletionSource<PublishDiagnosticsParams>> _waiting = new();

        public Task<PublishDiagnosticsParams> Next(string uri)
        {
            var waiting = _waiting.GetOrAdd(uri, _ => new TaskCompletionSource<PublishDiagnosticsParams>(TaskCreationOptions.RunContinuationsAsynchronously));
            return waiting.Task.WaitAsync(Timeout);
        }

        [JsonRpcMethod("textDocument/publishDiagnostics", UseSingleObjectParameterDeserialization = true)]
        public void Publish(PublishDiagnosticsParams diagnostics)
        {
            if (_waiting.TryRemove(diagnostics.Uri, out var waiting))
            {
                waiting.TrySetResult(diagnostics);
            }
        }
    }
}
