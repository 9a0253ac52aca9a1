using System;
using System.Threading.Tasks;
using TopoLang.Compiler.Semantics;

namespace TopoLang.Compiler.Validation;

/// <summary>
/// Builds, on another core, the analyses that the later rules ask for while the earlier rules
/// run: on a fleet, the host capacities (TOPO4001–4003) and the address book (TOPO5001–5003) are
/// the largest after the C# names, which the second rule needs at once.
/// </summary>
/// <remarks>
/// Each analysis is a lazy value of the model alone, built once by whichever thread asks first
/// while the other waits for it: the rules see the same values, and report in the same order, as
/// when the rules build them themselves.
/// </remarks>
internal static class AnalysesAhead
{
    // Below this the analyses take less than starting a task would save.
    private const int MinimumGuests = 1_000;

    /// <returns>The task that builds them; null when it would not pay (a small topology, or one core).</returns>
    public static Task? Start(TopologySemantics semantics)
    {
        if (Environment.ProcessorCount < 2 || semantics.Guests.Length < MinimumGuests)
        {
            return null;
        }

        return Task.Run(() =>
        {
            _ = semantics.HostCapacities;
            _ = semantics.Addresses;
        });
    }
}
