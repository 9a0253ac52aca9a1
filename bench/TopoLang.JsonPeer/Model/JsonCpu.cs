using System.Collections.Generic;

namespace TopoLang.JsonPeer.Model;

/// <summary><paramref name="Threads"/> is threads per core, as in the .topo.</summary>
public sealed record JsonCpu(string Vendor, string? Model, int Sockets, int Cores, int Threads, IReadOnlyList<string> Features);
