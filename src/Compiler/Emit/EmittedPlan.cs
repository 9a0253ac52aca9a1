using TopoLang.Compiler.Emit.Plan;

namespace TopoLang.Compiler.Emit;

/// <summary>The deployment plan of a topology and the `&lt;topology&gt;.plan.json` written from it.</summary>
public sealed record EmittedPlan(GeneratedFile File, DeploymentPlanModel Model);
