using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using TopoLang.Compiler;
using TopoLang.Compiler.Emit;
using TopoLang.Compiler.Emit.Plan;
using TopoLang.Compiler.Emit.Targets;
using TopoLang.Tests.Infrastructure;

namespace TopoLang.Tests.PlanSimulation;

/// <summary>
/// Every valid topology's plan, built with every operator value given, runs as written on
/// simulated hosts and clouds: each step finds what it uses made by an earlier step.
/// </summary>
public sealed class PlanSimulationTests
{
    [Theory]
    [MemberData(nameof(RepositoryTopologies.ValidRows), MemberType = typeof(RepositoryTopologies))]
    public void The_plan_runs_as_written_with_every_value_given(string relativePath)
    {
        using var built = BuiltTopology.WithEveryValue(relativePath);

        var violations = PlanSimulator.Run(built.Plan, built.Compilation.Model, built.Folder);

        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    [Theory]
    [MemberData(nameof(RepositoryTopologies.ValidRows), MemberType = typeof(RepositoryTopologies))]
    public void Without_values_the_steps_that_need_them_are_blocked_and_refuse_to_run(string relativePath)
    {
        var plan = RepositoryTopologies.Compile(relativePath).Plan();

        Assert.All(plan.Steps.Where(step => !step.Needs.IsEmpty), step =>
        {
            Assert.Equal(step.Needs.ToArray(), step.Missing.ToArray());
            Assert.Equal(new[] { "sh", "-c" }, step.Command.Take(2).ToArray());
            Assert.Contains("exit 3", step.Command[2], System.StringComparison.Ordinal);
        });
        Assert.All(plan.Steps.Where(step => step.Needs.IsEmpty), step => Assert.False(step.Blocked));
    }

    /// <summary>The valid topologies with a libvirt step: a row without one would run nothing.</summary>
    public static IEnumerable<object[]> RowsWithLibvirtSteps() =>
        RepositoryTopologies.Valid().Where(path => RepositoryTopologies.Compile(path).Plan().Steps.Any(IsVirsh)).Select(path => new object[] { path });

    [SkippableTheory]
    [MemberData(nameof(RowsWithLibvirtSteps))]
    public void The_libvirt_steps_run_for_real_in_one_virsh_session_per_host(string relativePath)
    {
        ExternalTool.Require(TestTools.Virsh);
        using var built = BuiltTopology.WithEveryValue(relativePath);
        var virshSteps = built.Plan.Stages.SelectMany(stage => stage).Where(IsVirsh).ToList();

        foreach (var host in virshSteps.GroupBy(step => step.Target.Split('/')[0]))
        {
            var session = string.Join("\n", host.Select(step => string.Join(" ", step.Command.Skip(1))));
            var result = ExternalTool.RunIn(built.Folder, System.TimeSpan.FromSeconds(120), "virsh", "-c", "test:///default", session);

            Assert.True(result.ExitCode == 0 && !result.Combined.Contains("error:", System.StringComparison.Ordinal), $"{host.Key}:\n{session}\n{result.Combined}");
        }
    }

    [Fact]
    public void The_simulator_catches_a_guest_started_before_it_is_defined()
    {
        using var built = BuiltTopology.WithEveryValue("examples/datacenter/datacenter.topo");
        var define = built.Plan.Steps.First(step => step.Kind == PlanStepKinds.DefineGuest);
        var broken = Without(built.Plan, define.Id);

        var violations = PlanSimulator.Run(broken, built.Compilation.Model, built.Folder);

        Assert.Contains(violations, v => v.Rule == Rules.DefinedBeforeStarted && v.Step == define.Id.Replace(PlanStepKinds.DefineGuest, PlanStepKinds.StartGuest, System.StringComparison.Ordinal));
    }

    [Fact]
    public void The_simulator_catches_a_domU_started_before_its_driver_domain()
    {
        using var built = BuiltTopology.WithEveryValue("examples/datacenter/datacenter.topo");
        var driverDomain = built.Plan.Steps.Single(step => step.Kind == PlanStepKinds.CreateDriverDomain);

        var violations = PlanSimulator.Run(Without(built.Plan, driverDomain.Id), built.Compilation.Model, built.Folder);

        Assert.Contains(violations, v => v.Rule == Rules.BackendBeforeDomU && v.Step == "start-guest:xen-01/edge-fw");
    }

    [Fact]
    public void The_simulator_catches_xl_before_the_reboot_into_Xen()
    {
        using var built = BuiltTopology.WithEveryValue("examples/datacenter/datacenter.topo");

        var violations = PlanSimulator.Run(Without(built.Plan, "reboot-host:xen-01"), built.Compilation.Model, built.Folder);

        Assert.Contains(violations, v => v.Rule == Rules.XenAfterReboot && v.Step == "create-driver-domain:xen-01/netdd");
    }

    [Fact]
    public void The_simulator_catches_a_blocked_step_and_an_unfilled_script()
    {
        var compilation = RepositoryTopologies.Compile("examples/datacenter/datacenter.topo");
        using var folder = new BuiltTopology(compilation);

        var violations = PlanSimulator.Run(folder.Plan, compilation.Model, folder.Folder);

        Assert.Contains(violations, v => v.Rule == Rules.NotBlocked && v.Step == "deploy-instance:kt-g1/storefront");
    }

    private static bool IsVirsh(PlanStep step) => step.Command is ["virsh", ..];

    /// <summary>The plan with one step left out, as a plan that forgot it would be.</summary>
    private static DeploymentPlanModel Without(DeploymentPlanModel plan, string id) =>
        plan with { Stages = plan.Stages.Select(stage => stage.Where(step => step.Id != id).ToImmutableArray()).ToImmutableArray() };

    /// <summary>A topology built into a temporary output folder, as `topo build` writes it.</summary>
    private sealed class BuiltTopology : System.IDisposable
    {
        private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("topo-simulation-");

        public BuiltTopology(TopoCompilation compilation)
        {
            Compilation = compilation;
            Folder = Path.Combine(_root.FullName, compilation.Model.Name);
            var emitted = compilation.Emit(Folder, Folder);
            foreach (var file in emitted.All)
            {
                var path = Path.Combine(Folder, file.RelativePath);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, file.Text);
            }

            Plan = emitted.Plan.Model;
        }

        public TopoCompilation Compilation { get; }

        public string Folder { get; }

        public DeploymentPlanModel Plan { get; }

        /// <summary>Built with a value for every placeholder the operator fills: `given-1`, `given-2`, ...</summary>
        public static BuiltTopology WithEveryValue(string relativePath)
        {
            var names = RepositoryTopologies.Compile(relativePath).ValueNames();
            var values = new OperatorValues(names.Select((name, index) => (name, index)).ToImmutableDictionary(p => p.name, p => $"given-{p.index + 1}", System.StringComparer.Ordinal));
            var compilation = TopoCompilation.FromFile(Path.Combine(RepositoryPaths.Root, relativePath), new TopoCompilationOptions { Values = values });
            return new BuiltTopology(compilation);
        }

        public void Dispose() => _root.Delete(recursive: true);
    }
}
