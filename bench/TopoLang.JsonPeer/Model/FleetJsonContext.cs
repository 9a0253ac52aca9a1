using System.Text.Json.Serialization;

namespace TopoLang.JsonPeer.Model;

/// <summary>Source-generated metadata: no reflection at start-up, as a tuned loader would ship.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(JsonFleet))]
internal sealed partial class FleetJsonContext : JsonSerializerContext;
