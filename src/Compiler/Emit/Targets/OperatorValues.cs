using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace TopoLang.Compiler.Emit.Targets;

/// <summary>
/// The values an operator gives for the placeholders they fill (`topo build --values FILE`,
/// `-v kind:key=value`), by placeholder name (`zone:kr-central-2`). The build writes them into the
/// artifacts and commands; a step whose values are not all given is blocked.
/// </summary>
public sealed record OperatorValues(ImmutableDictionary<string, string> Values)
{
    public static readonly OperatorValues None = new(ImmutableDictionary<string, string>.Empty.WithComparers(System.StringComparer.Ordinal));

    public bool TryGet(Placeholder placeholder, out string value) => Values.TryGetValue(placeholder.Name, out value!);

    /// <summary>The names given that no placeholder of <paramref name="known"/> has: an operator's typo.</summary>
    public IEnumerable<string> UnknownAmong(IEnumerable<string> known)
    {
        var names = known.ToHashSet(System.StringComparer.Ordinal);
        return Values.Keys.Where(name => !names.Contains(name)).Order(System.StringComparer.Ordinal);
    }
}
