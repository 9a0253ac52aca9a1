using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using TopoLang.Compiler.Emit;
using TopoLang.Compiler.Emit.Targets.CloudStack;
using TopoLang.Compiler.Semantics;

namespace TopoLang.Tests.Artifacts.CloudStack;

/// <summary>The CloudStack writer's files of a topology, and the calls read back from the JSON.</summary>
public static class CloudStackFiles
{
    public static IReadOnlyList<GeneratedFile> Of(TopologySemantics semantics) => new CloudStackTarget().Write(semantics).Select(file => file.File).ToList();

    public static IEnumerable<GeneratedFile> Json(IEnumerable<GeneratedFile> files) => files.Where(f => f.RelativePath.EndsWith(".json", System.StringComparison.Ordinal));

    public static IEnumerable<GeneratedFile> Scripts(IEnumerable<GeneratedFile> files) => files.Where(f => f.RelativePath.EndsWith(".cmk", System.StringComparison.Ordinal));

    /// <summary>A call as read from the JSON: parameters in file order.</summary>
    public sealed record ReadCall(string Api, IReadOnlyList<KeyValuePair<string, string>> Params, string? Returns)
    {
        public string Param(string name) => Params.Single(p => p.Key == name).Value;
    }

    public static IReadOnlyList<ReadCall> ReadCalls(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("calls").EnumerateArray().Select(call => new ReadCall(
            call.GetProperty("api").GetString()!,
            call.GetProperty("params").EnumerateObject().Select(p => new KeyValuePair<string, string>(p.Name, p.Value.GetString()!)).ToList(),
            call.TryGetProperty("returns", out var returns) ? returns.GetString() : null)).ToList();
    }
}
