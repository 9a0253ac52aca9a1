using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using TopoLang.Compiler;
using TopoLang.Compiler.Emit.Plan;
using TopoLang.Tests.Infrastructure;

namespace TopoLang.Tests.Plan;

/// <summary>The deployment plan of every valid input is a sound DAG over files that exist.</summary>
public sealed class PlanTests
{
    private static TopoCompilation Compile(string relativePath) => TopoCompilation.FromFile(Path.Combine(RepositoryPaths.Root, relativePath));

    [Theory]
    [MemberData(nameof(RepositoryTopologies.ValidRows), MemberType = typeof(RepositoryTopologies))]
    public void Every_dependency_is_in_an_earlier_stage(string relativePath)
    {
        var plan = Compile(relativePath).Plan();

        var stageOf = plan.Stages.SelectMany((stage, index) => stage.Select(step => (step.Id, index))).ToDictionary(p => p.Id, p => p.index);
        Assert.All(plan.Steps, step => Assert.All(step.DependsOn, dependency => Assert.True(stageOf[dependency] < stageOf[step.Id], $"{step.Id} runs no later than {dependency}")));
        Assert.Equal(plan.Steps.Length, plan.Stages.Sum(stage => stage.Length));
    }

    [Theory]
    [MemberData(nameof(RepositoryTopologies.ValidRows), MemberType = typeof(RepositoryTopologies))]
    public void The_runtime_accepts_the_plan_as_a_DAG(string relativePath)
    {
        var plan = Compile(relativePath).Plan();

        var runtime = new TopoLang.Runtime.DeploymentPlan(plan.Steps.Select(s => new TopoLang.Runtime.PlanStep(s.Id, s.Kind, s.Target, s.DependsOn, s.Artifact, s.Command)).ToList());

        Assert.Equal(plan.Stages.Select(stage => stage.Select(s => s.Id)), runtime.Stages.Select(stage => stage.Select(s => s.Id)));
    }

    [Theory]
    [MemberData(nameof(RepositoryTopologies.ValidRows), MemberType = typeof(RepositoryTopologies))]
    public void Every_artifact_a_step_uses_is_written(string relativePath)
    {
        var compilation = Compile(relativePath);
        var written = compilation.Emit().All.Select(file => file.RelativePath).ToHashSet();

        Assert.All(compilation.Plan().Steps.Where(s => s.Artifact is not null), step => Assert.Contains(step.Artifact!, written));
    }

    [Theory]
    [MemberData(nameof(RepositoryTopologies.ValidRows), MemberType = typeof(RepositoryTopologies))]
    public void Listed_placeholders_are_exactly_those_an_operator_must_fill(string relativePath)
    {
        var compilation = Compile(relativePath);
        var files = compilation.Emit().All;
        var plan = compilation.Plan();
        var used = WrittenPlaceholders.Find(files.Where(f => !f.RelativePath.EndsWith(".plan.json", System.StringComparison.Ordinal)).Select(f => f.Text).Concat(plan.Steps.SelectMany(s => s.Command)));

        var expected = used.Where(p => !TopoLang.Compiler.Emit.Targets.CloudStack.CloudStackIds.CreatedKinds.Contains(WrittenPlaceholders.KindOf(p)));

        Assert.Equal(expected, plan.Summary.Placeholders);
    }

    [Fact]
    public void Host_usage_in_the_summary_is_the_sum_of_the_guests()
    {
        var compilation = Compile("examples/datacenter/datacenter.topo");
        var summary = compilation.Plan().Summary;

        foreach (var host in compilation.Model.Hosts)
        {
            var hypervisor = host.Hypervisor!;
            var memory = hypervisor.Guests.Sum(g => g.Memory!.Value.Value) + hypervisor.Dom0s.Take(1).Concat(hypervisor.DriverDomains).Sum(d => d.Memory!.Value.Value);
            Assert.Equal(memory, Assert.Single(summary.Hosts, h => h.Host == host.Name.Value).MemoryNeeded);
        }
    }

    [Fact]
    public void A_host_exactly_at_capacity_shows_need_equal_to_what_it_has()
    {
        var path = Directory.GetFiles(Path.Combine(RepositoryPaths.TestCases, "validation", "capacity"), "near-miss-exactly-at-capacity*.topo").First();
        var summary = TopoCompilation.FromFile(path).Plan().Summary;

        Assert.Contains(summary.Hosts, h => h.MemoryNeeded is not null && h.MemoryNeeded == h.MemoryAvailable);
    }

    [Fact]
    public void The_summary_carries_fees_effort_and_cloud_use()
    {
        var summary = Compile("examples/datacenter/datacenter.topo").Plan().Summary;

        Assert.Equal(new ProviderFee("kt-cloud-d1", 300_000, "KRW"), Assert.Single(summary.MonthlyFees));
        Assert.Equal(new SetupEffort("openstack", "1-3 days"), Assert.Single(summary.SetupEffort));
        var d1 = Assert.Single(summary.Clouds, c => c.Cloud == "kt-d1");
        Assert.Equal((6L, 10), (d1.Instances, d1.InstancesQuota!.Value));
    }

    [Fact]
    public void Plan_json_is_version_2_and_matches_the_golden_file()
    {
        var compilation = Compile("examples/datacenter/datacenter.topo");
        var json = compilation.Emit().Plan.File.Text;

        using var document = JsonDocument.Parse(json);
        Assert.Equal(2, document.RootElement.GetProperty("version").GetInt32());
        Golden.AssertMatches(Path.Combine(RepositoryPaths.TestCases, "plan", "datacenter.plan.json"), json.Replace(RepositoryPaths.Root + Path.DirectorySeparatorChar, string.Empty));
    }
}
