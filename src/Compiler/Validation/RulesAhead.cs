using System;
using System.Collections.Immutable;
using System.Threading.Tasks;
using TopoLang.Compiler.Diagnostics;
using TopoLang.Compiler.Semantics;

namespace TopoLang.Compiler.Validation;

/// <summary>
/// Runs some of the rules on another core while the rules before them run on the compiler's
/// thread: on a fleet, the capacity and address rules with the two analyses they read (the host
/// capacities, the address book), the largest after the C# names, which the second rule needs at
/// once. Their diagnostics go into a bag of their own and join the compilation's in rule order.
/// </summary>
/// <remarks>
/// The result is the one the rules give in turn. Each rule reads the model and lazy analyses of it
/// that are built once, whichever thread asks first, and reports what it finds; the only thing a
/// rule could see differently is a full bag (past <see cref="CompilerLimits.MaxDiagnostics"/>,
/// rules stop looking). So when the bag could fill up, with the diagnostics of the rules before or
/// with those of these, their work is dropped and they run again in turn.
/// </remarks>
internal sealed class RulesAhead
{
    // Below this the rules take less than starting a task would save.
    private const int MinimumGuests = 1_000;

    private readonly ImmutableArray<ITopologyRule> _rules;
    private readonly DiagnosticBag _diagnostics;
    private readonly Task<DiagnosticBag> _running;

    private RulesAhead(ImmutableArray<ITopologyRule> rules, DiagnosticBag diagnostics, Task<DiagnosticBag> running)
    {
        _rules = rules;
        _diagnostics = diagnostics;
        _running = running;
    }

    /// <returns>The rules running ahead; null when it would not pay (a small topology, or one core).</returns>
    public static RulesAhead? Start(ImmutableArray<ITopologyRule> rules, TopologySemantics semantics, DiagnosticBag diagnostics)
    {
        if (Environment.ProcessorCount < 2 || semantics.Guests.Length < MinimumGuests)
        {
            return null;
        }

        var own = diagnostics.WithSameOptions();
        return new RulesAhead(rules, diagnostics, Task.Run(() =>
        {
            RuleSet.RunInTurn(rules, new RuleContext(semantics, own));
            return own;
        }));
    }

    /// <summary>
    /// Waits for the rules, then adds what they found to the bag they were started beside, as if
    /// they had run in turn; <paramref name="context"/> reports into that bag, for the run again.
    /// </summary>
    public void Join(RuleContext context)
    {
        var found = _running.GetAwaiter().GetResult();
        if (_diagnostics.Count + found.Count < CompilerLimits.MaxDiagnostics)
        {
            _diagnostics.AddRange(found);
            return;
        }

        RuleSet.RunInTurn(_rules, context);
    }
}
