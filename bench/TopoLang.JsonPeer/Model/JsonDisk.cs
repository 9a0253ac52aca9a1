namespace TopoLang.JsonPeer.Model;

public sealed record JsonDisk(string Name, long SizeBytes);
