namespace TopoLang.Compiler.Emit.Plan;

/// <summary>
/// A step's id is its kind and its target (`install-hypervisor:h1`), so that a target can depend
/// on a step another target or the plan builder adds without holding it.
/// </summary>
public static class PlanStepIds
{
    public static string Of(string kind, string target) => kind + ":" + target;

    public static string ValidateHost(string host) => Of(PlanStepKinds.ValidateHost, host);

    public static string InstallHypervisor(string host) => Of(PlanStepKinds.InstallHypervisor, host);
}
