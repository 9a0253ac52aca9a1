using TopoLang.Compiler.Model;

namespace TopoLang.Compiler.Semantics.Addresses;

/// <summary>A guest's nic with the network it joins: null when no network of that name is declared.</summary>
public sealed record GuestNic(GuestModel Guest, NicModel Nic, NetworkAddresses? Network);
