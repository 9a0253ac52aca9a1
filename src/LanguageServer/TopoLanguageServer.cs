using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using PolyType;
using StreamJsonRpc;
using TopoLang.LanguageServer.Features;
using TopoLang.LanguageServer.Protocol;
using TopoLang.LanguageServer.Workspace;

namespace TopoLang.LanguageServer;

/// <summary>
/// The LSP methods `topo lsp` answers, one line each onto a feature. StreamJsonRpc calls them one
/// message at a time, in the order they arrive (<see cref="LanguageServerHost"/>), so the workspace
/// needs no lock and a `didChange` is applied before the request that follows it.
/// </summary>
[GenerateShape(IncludeMethods = MethodShapeFlags.PublicInstance)]
public sealed partial class TopoLanguageServer
{
    private readonly TextWriter _log;
    private JsonRpc? _rpc;
    private readonly TaskCompletionSource _exit = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TopoWorkspace? _workspace;

    public TopoLanguageServer(TextWriter log) => _log = log;

    /// <summary>Where the server says what it ignored or refused; stderr for `topo lsp`.</summary>
    internal TextWriter Log => _log;

    /// <summary>Whether the client asked to shut down before `exit`, which makes the exit code 0.</summary>
    public bool ShutdownRequested { get; private set; }

    internal void Attach(JsonRpc rpc) => _rpc = rpc;

    [JsonRpcMethod("initialize", UseSingleObjectParameterDeserialization = true)]
    public InitializeResult Initialize(InitializeParams? parameters)
    {
        if (_workspace is not null)
        {
            throw new RequestFailure(LspErrorCodes.InvalidRequest, "the server is initialized already");
        }

        var rootUri = parameters?.WorkspaceFolders?.FirstOrDefault()?.Uri ?? parameters?.RootUri;
        var root = rootUri is not null ? DocumentUris.ToPath(rootUri) : parameters?.RootPath is { Length: > 0 } path ? Path.GetFullPath(path) : null;
        if (rootUri is not null && root is null)
        {
            throw RequestFailure.InvalidParams($"the workspace root '{rootUri}' is not a file URI");
        }

        _workspace = new TopoWorkspace(new WorkspaceRoot(root));
        _log.WriteLine($"topo lsp: workspace root {root ?? "(none: each document's folder)"}");
        var capabilities = new ServerCapabilities(
            new TextDocumentSyncOptions(OpenClose: true, Change: TextDocumentSyncKind.Incremental),
            HoverProvider: true,
            DefinitionProvider: true,
            ReferencesProvider: true,
            new CompletionOptions(new[] { " ", "[", "," }),
            DocumentSymbolProvider: true,
            RenameProvider: true,
            DocumentFormattingProvider: true,
            new CodeActionOptions(new[] { CodeActionsFeature.QuickFix }));
        return new InitializeResult(capabilities, new ServerInfo("topo", typeof(TopoLanguageServer).Assembly.GetName().Version?.ToString() ?? "0"));
    }

    [JsonRpcMethod("initialized")]
    public void Initialized()
    {
    }

    [JsonRpcMethod("shutdown")]
    public object? Shutdown()
    {
        Ready();
        ShutdownRequested = true;
        return null;
    }

    /// <summary>Completes when the client sends `exit`; the host then closes the connection.</summary>
    public Task ExitRequested => _exit.Task;

    [JsonRpcMethod("exit")]
    public void Exit() => _exit.TrySetResult();

    [JsonRpcMethod("textDocument/didOpen", UseSingleObjectParameterDeserialization = true)]
    public async Task DidOpenAsync(DidOpenTextDocumentParams parameters)
    {
        if (_workspace is null || parameters?.TextDocument is not { Uri: { } uri } item || Ignored(uri) is not { } path)
        {
            return;
        }

        await PublishAsync(_workspace.Open(uri, path, item.Version, item.Text ?? string.Empty));
    }

    [JsonRpcMethod("textDocument/didChange", UseSingleObjectParameterDeserialization = true)]
    public async Task DidChangeAsync(DidChangeTextDocumentParams parameters)
    {
        if (_workspace is null || parameters?.TextDocument is not { Uri: { } uri } identifier || Ignored(uri) is not { } path)
        {
            return;
        }

        if (_workspace.Find(path) is not { } document)
        {
            _log.WriteLine($"topo lsp: didChange of '{uri}', which is not open: ignored");
            return;
        }

        await PublishAsync(_workspace.Change(document, identifier.Version, parameters.ContentChanges ?? Array.Empty<TextDocumentContentChangeEvent>()));
    }

    [JsonRpcMethod("textDocument/didClose", UseSingleObjectParameterDeserialization = true)]
    public async Task DidCloseAsync(DidCloseTextDocumentParams parameters)
    {
        if (_workspace is null || parameters?.TextDocument is not { Uri: { } uri } || Ignored(uri) is not { } path || _workspace.Find(path) is null)
        {
            return;
        }

        var refreshed = _workspace.Close(path);
        await NotifyAsync(DiagnosticsFeature.Cleared(uri));
        await PublishAsync(refreshed);
    }

    [JsonRpcMethod("textDocument/didSave", UseSingleObjectParameterDeserialization = true)]
    public void DidSave(TextDocumentParams parameters)
    {
        // The open text is what is checked; saving it changes nothing the server sees.
    }

    [JsonRpcMethod("textDocument/hover", UseSingleObjectParameterDeserialization = true)]
    public Hover? Hover(TextDocumentPositionParams parameters) => HoverFeature.At(Context(parameters?.TextDocument), PositionOf(parameters?.Position));

    [JsonRpcMethod("textDocument/definition", UseSingleObjectParameterDeserialization = true)]
    public Location[] Definition(TextDocumentPositionParams parameters) => DefinitionFeature.At(Context(parameters?.TextDocument), PositionOf(parameters?.Position));

    [JsonRpcMethod("textDocument/references", UseSingleObjectParameterDeserialization = true)]
    public Location[] References(ReferenceParams parameters) =>
        ReferencesFeature.At(Context(parameters?.TextDocument), PositionOf(parameters?.Position), parameters?.Context?.IncludeDeclaration ?? false);

    [JsonRpcMethod("textDocument/completion", UseSingleObjectParameterDeserialization = true)]
    public CompletionList Completion(TextDocumentPositionParams parameters) => CompletionFeature.At(Context(parameters?.TextDocument), PositionOf(parameters?.Position));

    [JsonRpcMethod("textDocument/documentSymbol", UseSingleObjectParameterDeserialization = true)]
    public DocumentSymbol[] DocumentSymbols(TextDocumentParams parameters) => DocumentSymbolsFeature.Of(Context(parameters?.TextDocument).Text);

    [JsonRpcMethod("textDocument/rename", UseSingleObjectParameterDeserialization = true)]
    public WorkspaceEdit Rename(RenameParams parameters) =>
        RenameFeature.Rename(Context(parameters?.TextDocument), PositionOf(parameters?.Position), parameters?.NewName ?? throw RequestFailure.InvalidParams("newName is required"));

    [JsonRpcMethod("textDocument/formatting", UseSingleObjectParameterDeserialization = true)]
    public TextEdit[] Formatting(TextDocumentParams parameters) => FormattingFeature.Format(Context(parameters?.TextDocument).Text);

    [JsonRpcMethod("textDocument/codeAction", UseSingleObjectParameterDeserialization = true)]
    public CodeAction[] CodeActions(CodeActionParams parameters) =>
        CodeActionsFeature.In(Context(parameters?.TextDocument), parameters?.Range is { Start: not null, End: not null } range ? range : throw RequestFailure.InvalidParams("range is required"));

    private void Ready()
    {
        if (_workspace is null)
        {
            throw new RequestFailure(LspErrorCodes.ServerNotInitialized, "the server is not initialized: send 'initialize' first");
        }
    }

    /// <summary>The open document a request names, or the LSP error that says why there is none.</summary>
    private DocumentContext Context(TextDocumentIdentifier? identifier)
    {
        Ready();
        if (identifier?.Uri is not { } uri)
        {
            throw RequestFailure.InvalidParams("textDocument.uri is required");
        }

        var path = DocumentUris.ToPath(uri) ?? throw RequestFailure.InvalidParams($"'{uri}' is not a file URI");
        if (!_workspace!.Root.Contains(path))
        {
            throw RequestFailure.InvalidParams($"'{uri}' is outside the workspace root '{_workspace.Root.FullPath}'");
        }

        var document = _workspace.Find(path) ?? throw RequestFailure.InvalidParams($"'{uri}' is not open: send 'textDocument/didOpen' first");
        var analysis = _workspace.AnalysisOf(path) ?? throw RequestFailure.Failed($"'{uri}' has not been checked");
        return new DocumentContext(_workspace, document, analysis, analysis.TextOf(path) ?? document.Text);
    }

    private static Position PositionOf(Position? position) =>
        position is { Line: >= 0, Character: >= 0 } ? position : throw RequestFailure.InvalidParams("position is required, with a line and character of at least 0");

    /// <summary>The path of a notification's document, or null (logged) when it is no file URI or lies outside the root: notifications get no answer.</summary>
    private string? Ignored(string uri)
    {
        var path = DocumentUris.ToPath(uri);
        if (path is null || !_workspace!.Root.Contains(path))
        {
            _log.WriteLine($"topo lsp: '{uri}' is not a file inside the workspace root: ignored");
            return null;
        }

        return path;
    }

    private async Task PublishAsync(System.Collections.Generic.IEnumerable<OpenDocument> documents)
    {
        foreach (var document in documents)
        {
            await NotifyAsync(DiagnosticsFeature.For(_workspace!, document));
        }
    }

    private Task NotifyAsync(PublishDiagnosticsParams diagnostics) =>
        _rpc?.NotifyWithParameterObjectAsync("textDocument/publishDiagnostics", PublishDiagnosticsArguments.Of(diagnostics)) ?? Task.CompletedTask;
}
