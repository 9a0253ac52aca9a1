namespace TopoLang.LanguageServer.Protocol;

/// <summary>
/// What `topo lsp` answers. Documents are synchronized incrementally (kind 2): a client sends
/// the edited ranges, not the whole text, on every keystroke.
/// </summary>
public sealed record ServerCapabilities(
    TextDocumentSyncOptions TextDocumentSync,
    bool HoverProvider,
    bool DefinitionProvider,
    bool ReferencesProvider,
    CompletionOptions CompletionProvider,
    bool DocumentSymbolProvider,
    bool RenameProvider,
    bool DocumentFormattingProvider,
    CodeActionOptions CodeActionProvider);

public sealed record TextDocumentSyncOptions(bool OpenClose, int Change);

public sealed record CompletionOptions(string[] TriggerCharacters);

public sealed record CodeActionOptions(string[] CodeActionKinds);

public static class TextDocumentSyncKind
{
    public const int Full = 1;
    public const int Incremental = 2;
}
