namespace TopoLang.LanguageServer.Protocol;

// The documents a client names in its requests and notifications.

public sealed record TextDocumentIdentifier(string Uri);

public sealed record VersionedTextDocumentIdentifier(string Uri, int Version);

public sealed record TextDocumentItem(string Uri, string LanguageId, int Version, string Text);

/// <summary>A change: the whole text when <see cref="Range"/> is null, else the text that replaces the range.</summary>
public sealed record TextDocumentContentChangeEvent(Range? Range, string Text);

public sealed record DidOpenTextDocumentParams(TextDocumentItem TextDocument);

public sealed record DidChangeTextDocumentParams(VersionedTextDocumentIdentifier TextDocument, TextDocumentContentChangeEvent[] ContentChanges);

public sealed record DidCloseTextDocumentParams(TextDocumentIdentifier TextDocument);

/// <summary>The parameters of every request about a document as a whole (symbols, formatting).</summary>
public sealed record TextDocumentParams(TextDocumentIdentifier TextDocument);

/// <summary>The parameters of every request about a place in a document (hover, definition, completion).</summary>
public sealed record TextDocumentPositionParams(TextDocumentIdentifier TextDocument, Position Position);
