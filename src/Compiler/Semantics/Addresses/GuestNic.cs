using TopoLang.Compiler.Model;

namespace TopoLang.Compiler.Semantics.Addresses;

/// <summary>A guest's nic with the network it joins: null when no network of that name is declared.</summary>
// A value, not an object: the address book has one per nic of a fleet, in one array.
public readonly record struct GuestNic(GuestModel Guest, NicModel Nic, NetworkAddresses? Network);
