namespace TopoLang.LanguageServer.Protocol;

/// <summary>From <see cref="Start"/> to <see cref="End"/>, end exclusive.</summary>
public sealed record Range(Position Start, Position End);
