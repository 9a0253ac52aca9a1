using System;
using System.Collections.Generic;
using System.Linq;
using TopoLang.Compiler.Emit.Plan;
using TopoLang.Compiler.Model;

namespace TopoLang.Tests.PlanSimulation;

/// <summary>
/// Walks a plan stage by stage, steps of a stage in plan order, running each step's command on
/// the simulated machine its target names (the first part of the target: a host or a cloud).
/// </summary>
public static class PlanSimulator
{
    public static IReadOnlyList<Violation> Run(DeploymentPlanModel plan, TopologyModel model, string outputFolder)
    {
        var run = new SimulationRun(outputFolder);
        var hosts = model.Hosts.ToDictionary(host => host.Name.Value, host => new SimulatedHost(host.Name.Value, run), StringComparer.Ordinal);
        var clouds = model.Clouds.ToDictionary(cloud => cloud.Name.Value, cloud => new SimulatedCloud(cloud.Name.Value, cloud.Provider is not null, run, hosts), StringComparer.Ordinal);
        foreach (var step in plan.Stages.SelectMany(stage => stage))
        {
            run.Step = step.Id;
            if (step.Blocked)
            {
                run.Violate(Rules.NotBlocked, "missing " + string.Join(", ", step.Missing));
                continue;
            }

            var machine = step.Target.Split('/')[0];
            if (hosts.TryGetValue(machine, out var host))
            {
                host.Run(step.Command);
            }
            else
            {
                clouds[machine].Run(step.Command);
            }
        }

        return run.Violations;
    }
}
