using System.Collections.Immutable;
using System.Linq;

namespace TopoLang.MsBuild;

/// <summary>What a step of the build gave, and the errors and warnings it found; with an error the build stops after it.</summary>
internal sealed record BuildStep<T>(T Value, ImmutableArray<BuildMessage> Messages)
{
    public bool Failed => Messages.Any(m => m.IsError);
}
