namespace TopoLang.LanguageServer.Protocol;

public sealed record CodeActionContext(LspDiagnostic[]? Diagnostics);

public sealed record CodeActionParams(TextDocumentIdentifier TextDocument, Range Range, CodeActionContext? Context);

public sealed record CodeAction(string Title, string Kind, LspDiagnostic[] Diagnostics, WorkspaceEdit Edit, bool IsPreferred);
