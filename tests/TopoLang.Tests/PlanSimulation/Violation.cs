namespace TopoLang.Tests.PlanSimulation;

/// <summary>A step that broke a rule of the simulated machines: the step, the rule, and what broke it.</summary>
public sealed record Violation(string Step, string Rule, string Detail)
{
    public override string ToString() => $"{Step}: {Rule}: {Detail}";
}
