namespace TopoLang.LanguageServer.Protocol;

/// <summary>A place in a document: a 0-based line and a 0-based UTF-16 column, as LSP counts them.</summary>
public sealed record Position(int Line, int Character);
