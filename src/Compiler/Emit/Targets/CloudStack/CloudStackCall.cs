using System.Collections.Immutable;

namespace TopoLang.Compiler.Emit.Targets.CloudStack;

/// <summary>
/// One CloudStack API call: its name, its parameters in the order they are written, and, when
/// a later call needs the id this one creates, the placeholder that later call refers to it by.
/// </summary>
public sealed record CloudStackCall(string Api, ImmutableArray<CloudStackParameter> Parameters, string? Returns = null);

/// <summary>A parameter of a call; values are already text, as the API takes them.</summary>
public readonly record struct CloudStackParameter(string Name, string Value);
