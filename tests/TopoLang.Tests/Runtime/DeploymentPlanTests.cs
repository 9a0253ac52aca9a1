using System;
using System.Linq;
using TopoLang.Runtime;
using static TopoLang.Tests.Runtime.RuntimeSamples;

namespace TopoLang.Tests.Runtime;

public sealed class DeploymentPlanTests
{
    private static string[][] StageIds(DeploymentPlan plan) =>
        plan.Stages.Select(stage => stage.Select(step => step.Id).ToArray()).ToArray();

    [Fact]
    public void Steps_without_dependencies_are_in_the_first_stage()
    {
        var plan = new DeploymentPlan([Step("a"), Step("b")]);

        Assert.Equal([["a", "b"]], StageIds(plan));
    }

    [Fact]
    public void A_step_is_one_stage_after_the_latest_of_its_dependencies()
    {
        var plan = new DeploymentPlan([Step("host"), Step("net"), Step("xen", "host"), Step("guest", "xen", "net"), Step("start", "guest")]);

        Assert.Equal([["host", "net"], ["xen"], ["guest"], ["start"]], StageIds(plan));
    }

    [Fact]
    public void Steps_keep_their_order_within_a_stage_even_when_listed_before_their_dependencies()
    {
        var plan = new DeploymentPlan([Step("z", "b"), Step("a"), Step("y", "a"), Step("b")]);

        Assert.Equal([["a", "b"], ["z", "y"]], StageIds(plan));
    }

    [Fact]
    public void A_long_chain_does_not_overflow_the_stack()
    {
        var steps = Enumerable.Range(0, 50_000).Select(i => i == 0 ? Step("s0") : Step("s" + i, "s" + (i - 1))).Reverse().ToList();

        var plan = new DeploymentPlan(steps);

        Assert.Equal(50_000, plan.Stages.Count);
        Assert.Equal("s49999", plan.Stages[^1][0].Id);
    }

    [Fact]
    public void An_empty_plan_has_no_stages()
    {
        Assert.Empty(new DeploymentPlan([]).Stages);
    }

    [Fact]
    public void A_cycle_is_an_invalid_operation_naming_the_cycle()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new DeploymentPlan([Step("root"), Step("a", "root", "c"), Step("b", "a"), Step("c", "b")]));

        Assert.Equal("The deployment plan has a dependency cycle: 'a' -> 'c' -> 'b' -> 'a' (each step depends on the next).", error.Message);
    }

    [Fact]
    public void A_step_that_depends_on_itself_is_a_cycle()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new DeploymentPlan([Step("a", "a")]));

        Assert.Contains("'a' -> 'a'", error.Message);
    }

    [Fact]
    public void An_unknown_dependency_is_an_invalid_operation_naming_it()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new DeploymentPlan([Step("a"), Step("b", "a", "ghost")]));

        Assert.Equal("Step 'b' of the deployment plan depends on 'ghost', which is no step of the plan.", error.Message);
    }

    [Fact]
    public void Two_steps_with_one_id_are_an_invalid_operation()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new DeploymentPlan([Step("a"), Step("a")]));

        Assert.Contains("two steps with the id 'a'", error.Message);
    }

    [Fact]
    public void A_step_keeps_its_artifact_and_command()
    {
        var step = new PlanStep("define-guest:web-1", "define-guest", "web-1", ["create-network:lan"], "hosts/kvm-1/web-1.xml", ["virsh", "define", "hosts/kvm-1/web-1.xml"]);

        Assert.Equal("hosts/kvm-1/web-1.xml", step.Artifact);
        Assert.Equal(["virsh", "define", "hosts/kvm-1/web-1.xml"], step.Command);
        Assert.Equal(["create-network:lan"], step.DependsOn);
    }

    [Fact]
    public void A_step_without_a_command_has_null()
    {
        Assert.Null(Step("a").Command);
    }
}
