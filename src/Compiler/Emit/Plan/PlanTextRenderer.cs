using System.Globalization;
using System.IO;
using System.Linq;
using TopoLang.Runtime;

namespace TopoLang.Compiler.Emit.Plan;

/// <summary>`topo plan FILE`: the plan as a readable table, stage by stage, then the summary.</summary>
public static class PlanTextRenderer
{
    public static void Render(TextWriter output, DeploymentPlanModel plan)
    {
        output.WriteLine($"plan for topology '{plan.Topology}': {plan.Steps.Length} steps in {plan.Stages.Length} stages");
        output.WriteLine("run each command from the topology's output folder (DIR/<topology>/ of `topo build -o DIR`; give -o DIR here too for its probe paths)");
        var blockedSteps = plan.Steps.Count(step => step.Blocked);
        if (blockedSteps > 0)
        {
            output.WriteLine($"{blockedSteps} steps are blocked until their values are given (--values FILE or -v kind:key=value); their commands refuse to run");
        }
        for (var i = 0; i < plan.Stages.Length; i++)
        {
            output.WriteLine();
            output.WriteLine($"stage {i + 1} ({plan.Stages[i].Length} steps, may run in parallel)");
            var width = plan.Stages[i].Max(step => step.Id.Length);
            foreach (var step in plan.Stages[i])
            {
                var blocked = step.Blocked ? $"[blocked: give {string.Join(", ", step.Missing)}] " : string.Empty;
                output.WriteLine($"  {step.Id.PadRight(width)}  {blocked}{string.Join(" ", StepValues.CommandOnceGiven(step).Select(Quote))}");
            }
        }

        RenderSummary(output, plan.Summary);
    }

    private static void RenderSummary(TextWriter output, PlanSummary summary)
    {
        output.WriteLine();
        output.WriteLine("summary");
        output.WriteLine("  " + string.Join(", ", summary.Counts.Select(c => $"{c.Key} {c.Value.ToString(CultureInfo.InvariantCulture)}")));
        foreach (var host in summary.Hosts.Where(h => h.VcpusNeeded is not null))
        {
            output.WriteLine($"  host {host.Host}: vCPUs {Number(host.VcpusNeeded)} of {Number(host.VcpusAvailable)}, memory {Bytes(host.MemoryNeeded)} of {Bytes(host.MemoryAvailable)}");
        }

        foreach (var cloud in summary.Clouds)
        {
            output.WriteLine($"  cloud {cloud.Cloud}: vCPUs {cloud.Vcpus}{Quota(cloud.VcpusQuota)}, memory {Bytes(cloud.Memory)}{(cloud.MemoryQuota is { } m ? " of " + Bytes(m) : string.Empty)}, instances {cloud.Instances}{Quota(cloud.InstancesQuota)}");
        }

        foreach (var fee in summary.MonthlyFees)
        {
            output.WriteLine($"  monthly fee: {fee.Provider} {fee.Amount.ToString("N0", CultureInfo.InvariantCulture)} {fee.Currency}");
        }

        foreach (var effort in summary.SetupEffort)
        {
            output.WriteLine($"  setting up {effort.Platform} typically takes {effort.Typical}");
        }

        if (summary.Placeholders.Length > 0)
        {
            output.WriteLine($"  placeholders to fill in (--values FILE or -v kind:key=value): {string.Join(", ", summary.Placeholders)}");
        }
    }

    private static string Quota(long? quota) => quota is { } q ? " of " + q.ToString(CultureInfo.InvariantCulture) : string.Empty;

    private static string Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "?";

    private static string Bytes(decimal? bytes) => bytes is { } b && b <= long.MaxValue ? Size.FromBytes((long)b).ToString() : "?";

    private static string Quote(string argument) =>
        argument.Length > 0 && argument.All(c => char.IsLetterOrDigit(c) || "-_./:=@${}".Contains(c)) ? argument : "'" + argument.Replace("'", "'\"'\"'") + "'";
}
