namespace TopoLang.JsonPeer.Model;

public sealed record JsonDom0(int Vcpus, long MemoryBytes);
