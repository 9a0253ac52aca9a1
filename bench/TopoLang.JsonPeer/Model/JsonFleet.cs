using System.Collections.Generic;

namespace TopoLang.JsonPeer.Model;

/// <summary>A fleet as TopoLang.Generator writes it with --json.</summary>
public sealed record JsonFleet(string Topology, IReadOnlyList<JsonNetwork> Networks, IReadOnlyList<JsonHost> Hosts, IReadOnlyList<JsonCloud> Clouds);
