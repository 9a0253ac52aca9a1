using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using TopoLang.Compiler.Emit.Plan;
using TopoLang.Tests.Infrastructure;

namespace TopoLang.Tests.Ansible;

/// <summary>
/// Ansible itself reads the generated inventory and playbook: `ansible-playbook --syntax-check`
/// and ansible-lint on every valid topology, and real runs against this machine.
///
/// The runs map every host and cloud to the local connection and libvirt to its test driver
/// (`-e libvirt_uri=test:///default`), give the operator's values from a file, and use the
/// topology's output folder as the run folder (`topo_dir`), so that the files the commands use
/// are found in place. A check-mode run really checks the package steps (apt resolves the
/// packages), the libvirt network steps (virt_net supports check mode), the file steps (the files
/// with the operator's values are rendered and compared) and the command steps (their argv
/// templated, their run folder present; the command module does not run them in check mode). It
/// skips one kind, create-stack: openstack.cloud.stack connects to a cloud even in check mode, so
/// that step is held to the syntax check and the linter. community.libvirt's `virt` module has no
/// check mode, so a second run does define the networks and domains, for real, in libvirt's test
/// driver, which parses every XML file as libvirtd would.
/// </summary>
public sealed class AnsibleToolTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    /// <summary>The examples with hypervisor hosts and guests: every host step kind and module of the playbook, KVM, QEMU and Xen.</summary>
    public static IEnumerable<object[]> ExamplesWithGuests() => Rows(RepositoryTopologies.Datacenter, Example("qemu-lab"));

    [SkippableTheory]
    [MemberData(nameof(RepositoryTopologies.ValidRows), MemberType = typeof(RepositoryTopologies))]
    public void The_playbook_passes_ansible_playbook_syntax_check(string topology)
    {
        var scratch = TestTemp.NewFolder("ansible-syntax-");
        var output = AnsibleOutput.Build(topology, scratch);

        var result = ExternalTool.RunWith(output.Folder, AnsibleOutput.Environment(scratch), Timeout, TestTools.AnsiblePlaybook,
            "--syntax-check", "-i", output.Inventory, output.Playbook);

        Assert.True(result.ExitCode == 0, $"{topology}:\n{result.Combined}");
    }

    /// <summary>One ansible-lint run over every valid topology's inventory and playbook (one run per topology would take minutes).</summary>
    [SkippableFact]
    public void Every_valid_topology_s_playbook_and_inventory_pass_ansible_lint()
    {
        ExternalTool.Require(TestTools.AnsibleLint);
        var scratch = TestTemp.NewFolder("ansible-lint-");
        var outputs = RepositoryTopologies.Valid().Select(topology => AnsibleOutput.Build(topology, Path.Combine(scratch, "built", Folder(topology)))).ToList();
        File.Copy(Path.Combine(RepositoryPaths.Root, "tests", "TopoLang.Tests", "Ansible", "ansible-lint.yml"), Path.Combine(scratch, ".ansible-lint"));
        var files = outputs.SelectMany(output => new[] { output.Playbook, output.Inventory }).Select(path => Path.GetRelativePath(scratch, path));

        var result = ExternalTool.RunWith(scratch, AnsibleOutput.Environment(scratch), Timeout, TestTools.AnsibleLint,
            new[] { "--offline", "--nocolor", "--strict" }.Concat(files).ToArray());

        Assert.True(result.ExitCode == 0, result.Combined);
    }

    /// <summary>
    /// Every valid topology's playbook in check mode, several at once (see <see cref="CheckRuns"/>):
    /// one run per topology, the problems of all of them reported together.
    /// </summary>
    [SkippableFact]
    public void Every_valid_topology_s_playbook_runs_in_check_mode_against_this_machine()
    {
        ExternalTool.Require(TestTools.AnsiblePlaybook);
        ExternalTool.Require(TestTools.LibvirtPython);
        var scratch = TestTemp.NewFolder("ansible-check-");
        // The longest runs first, so that none starts last and runs alone.
        var outputs = RepositoryTopologies.Valid().Select(topology => (topology, Output: AnsibleOutput.Build(topology, Path.Combine(scratch, Folder(topology)))))
            .OrderByDescending(built => built.Output.Result.Plan.Model.Steps.Length).ToList();

        var problems = CheckRuns.InParallel(outputs.Select(built => built.Output).ToList(), CheckModeProblems)
            .Zip(outputs, (found, built) => found.Select(problem => $"{built.topology}: {problem}"))
            .SelectMany(found => found)
            .ToList();

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>
    /// One check-mode run: every entry with a step ran something, and nothing failed or was
    /// unreachable. A plan without a step has one play on the control node, which must run too.
    /// </summary>
    private static IReadOnlyList<string> CheckModeProblems(AnsibleOutput output)
    {
        // Not run here: a stack needs a live cloud even in check mode, and ansible.builtin.reboot
        // refuses, even in check mode, to reboot the machine a local connection runs on.
        var skipped = new[] { PlanStepKinds.CreateStack, PlanStepKinds.RebootHost };
        var steps = output.Result.Plan.Model.Steps;
        var (stats, failure) = TryRun(output, Path.GetDirectoryName(output.Folder)!, "--check", "--skip-tags", string.Join(",", skipped), "-e", "@" + output.WriteValues());
        if (failure is not null)
        {
            return new[] { failure };
        }

        var entries = steps.IsEmpty
            ? new List<string> { "localhost" }
            : steps.Where(step => !skipped.Contains(step.Kind)).Select(step => InventoryEntry(step.Target)).Distinct().ToList();
        return entries.Count == 0 ? new[] { "no step is left to run" } : entries.SelectMany(entry => EntryProblems(stats, entry)).ToList();
    }

    private static IEnumerable<string> EntryProblems(JsonElement stats, string entry)
    {
        if (!stats.TryGetProperty(entry, out var entryStats))
        {
            yield return $"{entry} was not run: {stats}";
            yield break;
        }

        foreach (var count in new[] { "failures", "unreachable" })
        {
            if (entryStats.GetProperty(count).GetInt32() != 0)
            {
                yield return $"{entry} has {count}: {entryStats}";
            }
        }

        if (entryStats.GetProperty("ok").GetInt32() == 0)
        {
            yield return $"no task ran on {entry}: {entryStats}";
        }
    }

    [SkippableTheory]
    [MemberData(nameof(ExamplesWithGuests))]
    public void The_libvirt_definitions_are_accepted_by_libvirt_s_test_driver(string topology)
    {
        ExternalTool.Require(TestTools.LibvirtPython);
        var scratch = TestTemp.NewFolder("ansible-define-");
        var output = AnsibleOutput.Build(topology, scratch);
        var defined = output.Result.Plan.Model.Steps
            .Where(step => step.Kind is PlanStepKinds.CreateNetwork or PlanStepKinds.DefineGuest && step.Command.FirstOrDefault() == "virsh")
            .Select(step => InventoryEntry(step.Target))
            .ToHashSet(StringComparer.Ordinal);
        Assert.NotEmpty(defined);

        var stats = Run(output, scratch, "--tags", $"{PlanStepKinds.CreateNetwork},{PlanStepKinds.DefineGuest}");

        foreach (var host in defined)
        {
            var hostStats = stats.GetProperty(host);
            Assert.Equal(0, hostStats.GetProperty("failures").GetInt32());
            Assert.True(hostStats.GetProperty("changed").GetInt32() > 0, $"nothing was defined on {host}:\n{stats}");
        }
    }

    /// <summary>Runs the playbook on this machine (see the class comment); returns the per-host counts of the json callback.</summary>
    private static JsonElement Run(AnsibleOutput output, string scratch, params string[] options)
    {
        var (stats, failure) = TryRun(output, scratch, options);
        Assert.True(failure is null, failure);
        return stats;
    }

    /// <summary><see cref="Run"/>, the failure of the run returned rather than asserted, for runs made on other threads.</summary>
    private static (JsonElement Stats, string? Failure) TryRun(AnsibleOutput output, string scratch, params string[] options)
    {
        var environment = new Dictionary<string, string>(AnsibleOutput.Environment(scratch)) { ["ANSIBLE_STDOUT_CALLBACK"] = "json" };
        var arguments = new[]
        {
            "-i", output.Inventory, output.Playbook,
            "-e", "ansible_connection=local", "-e", "ansible_python_interpreter=/usr/bin/python3", "-e", "ansible_become=false",
            "-e", "libvirt_uri=test:///default", "-e", "topo_dir=" + output.Folder,
        }.Concat(options).ToArray();

        var result = ExternalTool.RunWith(output.Folder, environment, Timeout, TestTools.AnsiblePlaybook, arguments);
        if (result.ExitCode != 0)
        {
            return (default, $"ansible-playbook exited with {result.ExitCode}:\n{result.Combined}");
        }

        using var json = JsonDocument.Parse(result.Out);
        return (json.RootElement.GetProperty("stats").Clone(), null);
    }

    private static string InventoryEntry(string target) => target.Split('/')[0];

    private static string Example(string name) => Path.Combine(RepositoryPaths.Examples, name, name + ".topo");

    private static IEnumerable<object[]> Rows(params string[] paths) =>
        paths.Select(path => new object[] { Path.GetRelativePath(RepositoryPaths.Root, path).Replace('\\', '/') });

    private static string Folder(string topology) => topology.Replace('/', '_').Replace(".topo", string.Empty, StringComparison.Ordinal);
}
