using TopoLang.Compiler.Text;

namespace TopoLang.LanguageServer.Workspace;

/// <summary>A document the client has open: its URI as the client wrote it, its full path, its version and its text.</summary>
public sealed record OpenDocument(string Uri, string FullPath, int Version, SourceText Text);
