using System;
using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Nerdbank.Streams;
using StreamJsonRpc;
using TopoLang.LanguageServer;
using TopoLang.LanguageServer.Protocol;
using Range = TopoLang.LanguageServer.Protocol.Range;

namespace TopoLang.Benchmarks;

/// <summary>
/// Diagnostics as you type: one `didChange` of examples/datacenter/datacenter.topo (a guest's
/// vCPUs, 16 and 17 in turn) until its `publishDiagnostics` arrives, in a warm server over
/// in-process pipes, as an editor sees it less the stdio hop. Target: 100 ms.
/// </summary>
[MemoryDiagnoser]
[GcServer(false)]
[GcConcurrent(false)]
public class LanguageServerBenchmarks
{
    private readonly Inbox _inbox = new();
    private JsonRpc? _client;
    private JsonRpc? _server;
    private string _uri = string.Empty;
    private Range _vcpus = new(new Position(0, 0), new Position(0, 0));
    private int _version = 1;

    [GlobalSetup]
    public void Setup()
    {
        var entry = Path.Combine(FindRepository(), "examples", "datacenter", "datacenter.topo");
        var text = File.ReadAllText(entry);
        _uri = new Uri(entry).AbsoluteUri;
        _vcpus = VcpusOfDb1(text);

        var (clientStream, serverStream) = FullDuplexStream.CreatePair();
        _server = LanguageServerHost.Start(serverStream, serverStream, new TopoLanguageServer(TextWriter.Null));
        var formatter = new SystemTextJsonFormatter();
        formatter.JsonSerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        formatter.JsonSerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        _client = new JsonRpc(new HeaderDelimitedMessageHandler(clientStream, clientStream, formatter));
        _client.AddLocalRpcTarget(_inbox);
        _client.StartListening();

        _client.InvokeWithParameterObjectAsync<InitializeResult>("initialize", new { rootUri = new Uri(Path.GetDirectoryName(entry)!).AbsoluteUri }).GetAwaiter().GetResult();
        var opened = _inbox.Next();
        _client.NotifyWithParameterObjectAsync("textDocument/didOpen", new DidOpenTextDocumentParams(new TextDocumentItem(_uri, "topo", _version, text))).GetAwaiter().GetResult();
        if (opened.GetAwaiter().GetResult().Diagnostics.Length != 0)
        {
            throw new InvalidOperationException("examples/datacenter should check clean");
        }
    }

    [Benchmark]
    public async Task<PublishDiagnosticsParams> DidChangeToPublishedDiagnostics()
    {
        _version++;
        var published = _inbox.Next();
        var change = new TextDocumentContentChangeEvent(_vcpus, _version % 2 == 0 ? "17" : "16");
        await _client!.NotifyWithParameterObjectAsync("textDocument/didChange", new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(_uri, _version), new[] { change }));
        return await published;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _client?.Dispose();
        _server?.Dispose();
    }

    /// <summary>The `16` of db-1's `vcpus 16`.</summary>
    private static Range VcpusOfDb1(string text)
    {
        var index = text.IndexOf("vcpus 16", StringComparison.Ordinal) + "vcpus ".Length;
        var line = text[..index].Split('\n').Length - 1;
        var character = index - (text.LastIndexOf('\n', index - 1) + 1);
        return new Range(new Position(line, character), new Position(line, character + 2));
    }

    private static string FindRepository()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "TopoLang.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("TopoLang.sln not found above " + AppContext.BaseDirectory);
    }

    private sealed class Inbox
    {
        private TaskCompletionSource<PublishDiagnosticsParams> _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task<PublishDiagnosticsParams> Next()
        {
            _next = new TaskCompletionSource<PublishDiagnosticsParams>(TaskCreationOptions.RunContinuationsAsynchronously);
            return _next.Task.WaitAsync(TimeSpan.FromSeconds(30));
        }

        [JsonRpcMethod("textDocument/publishDiagnostics", UseSingleObjectParameterDeserialization = true)]
        public void Publish(PublishDiagnosticsParams diagnostics) => _next.TrySetResult(diagnostics);
    }
}
