namespace TopoLang.JsonPeer.Model;

public sealed record JsonNic(string Network, string? Ip);
