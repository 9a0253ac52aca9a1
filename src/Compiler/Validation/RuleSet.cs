using System;
using System.Collections.Immutable;
using System.Linq;
using TopoLang.Compiler.Diagnostics;
using TopoLang.Compiler.Model;

namespace TopoLang.Compiler.Validation;

/// <summary>
/// Every rule in the compiler, found once by reflection (a new rule is a new class, nothing to
/// register), run in code order over the bound model.
/// </summary>
public static class RuleSet
{
    public static readonly ImmutableArray<ITopologyRule> All = typeof(RuleSet).Assembly.GetTypes()
        .Where(type => typeof(ITopologyRule).IsAssignableFrom(type) && type is { IsAbstract: false, IsInterface: false })
        .Select(type => (ITopologyRule)Activator.CreateInstance(type)!)
        .OrderBy(rule => rule.Code, StringComparer.Ordinal)
        .ThenBy(rule => rule.GetType().Name, StringComparer.Ordinal)
        .ToImmutableArray();

    public static void Run(TopologyModel model, DiagnosticBag diagnostics)
    {
        var context = new RuleContext(model, diagnostics);
        foreach (var rule in All)
        {
            rule.Check(context);
        }
    }
}
