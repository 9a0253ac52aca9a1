using System.Collections.Generic;

namespace TopoLang.LanguageServer.Protocol;

public sealed record TextEdit(Range Range, string NewText);

/// <summary>Edits by document URI.</summary>
public sealed record WorkspaceEdit(IReadOnlyDictionary<string, TextEdit[]> Changes);

public sealed record RenameParams(TextDocumentIdentifier TextDocument, Position Position, string NewName);
