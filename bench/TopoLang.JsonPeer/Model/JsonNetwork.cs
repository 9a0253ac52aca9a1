namespace TopoLang.JsonPeer.Model;

public sealed record JsonNetwork(string Name, string Cidr, string? Gateway, int? Vlan);
