using System.Collections.Generic;

namespace TopoLang.JsonPeer.Model;

public sealed record JsonCloud(string Name, string Platform, string? Region, IReadOnlyList<string> Compute);
