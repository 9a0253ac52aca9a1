using System;
using System.Linq;
using TopoLang.Compiler.Validation;

namespace TopoLang.Tests.Validation;

/// <summary>The rule list is written out by hand: it must name every rule class once, in code order.</summary>
public sealed class RuleSetTests
{
    [Fact]
    public void Lists_every_rule_class_once_in_code_order()
    {
        var ruleClasses = typeof(RuleSet).Assembly.GetTypes()
            .Where(type => typeof(ITopologyRule).IsAssignableFrom(type) && type is { IsAbstract: false, IsInterface: false })
            .Select(type => (ITopologyRule)Activator.CreateInstance(type)!)
            .OrderBy(rule => rule.Code, StringComparer.Ordinal)
            .ThenBy(rule => rule.GetType().Name, StringComparer.Ordinal)
            .Select(rule => rule.GetType())
            .ToList();

        Assert.Equal(ruleClasses, RuleSet.All.Select(rule => rule.GetType()));
    }
}
