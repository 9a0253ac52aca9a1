namespace TopoLang.JsonPeer.Model;

public sealed record JsonHost(string Name, JsonCpu Cpu, long MemoryBytes, long? StorageBytes, JsonHypervisor Hypervisor);
