namespace TopoLang.LanguageServer.Protocol;

public sealed record WorkspaceFolder(string Uri, string Name);

/// <summary>What the server reads of `initialize`: where the workspace is. The rest is ignored.</summary>
public sealed record InitializeParams(string? RootUri, string? RootPath, WorkspaceFolder[]? WorkspaceFolders);

public sealed record ServerInfo(string Name, string Version);

public sealed record InitializeResult(ServerCapabilities Capabilities, ServerInfo ServerInfo);
