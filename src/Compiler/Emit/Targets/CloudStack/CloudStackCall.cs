using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace TopoLang.Compiler.Emit.Targets.CloudStack;

/// <summary>
/// One CloudStack API call: its name, its parameters in the order they are written, and, when
/// a later call needs the id this one creates, the placeholder that later call refers to it by.
/// </summary>
public sealed record CloudStackCall(string Api, ImmutableArray<CloudStackParameter> Parameters, Placeholder? Returns = null)
{
    /// <summary>Every placeholder the call's text holds: in its parameters, and the id it returns.</summary>
    public IEnumerable<Placeholder> Placeholders =>
        Parameters.Select(parameter => parameter.Placeholder).Append(Returns).OfType<Placeholder>();
}

/// <summary>A parameter of a call; values are already text, as the API takes them.</summary>
public readonly record struct CloudStackParameter(string Name, string Value, Placeholder? Placeholder = null)
{
    /// <summary>A parameter whose value is an id the topology cannot know.</summary>
    public CloudStackParameter(string name, Placeholder id)
        : this(name, id.Text, id)
    {
    }
}
