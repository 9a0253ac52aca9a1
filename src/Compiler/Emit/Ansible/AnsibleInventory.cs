using System.Collections.Generic;
using System.Linq;
using TopoLang.Compiler.Emit.Plan;
using TopoLang.Compiler.Emit.Targets;
using TopoLang.Compiler.Emit.Yaml;
using TopoLang.Compiler.Model;

namespace TopoLang.Compiler.Emit.Ansible;

/// <summary>
/// `ansible/inventory.yml`: every host at its address (the topology gives none, so its name),
/// every cloud as an entry of the control node, and the groups the playbook and an operator
/// target: `hypervisors` (children `kvm`, `qemu`, `xen`), `clouds`, one group per platform
/// (`openstack`, `cloudstack`), one per cloud (`cloud_NAME`: the cloud and its compute hosts),
/// and one per stage (`stage_N`: the entries that run a step of stage N). Topology order throughout.
/// </summary>
internal static class AnsibleInventory
{
    public static YamlMap Document(TopologyModel model, DeploymentPlanModel plan, InventoryEntries entries)
    {
        var groups = new YamlMap()
            .Add("hypervisors", Hypervisors(entries))
            .Add("clouds", Members(entries.Clouds.Select(cloud => (cloud.Name.Value, CloudVariables(model, cloud)))));
        foreach (var platform in new[] { CloudPlatform.OpenStack, CloudPlatform.CloudStack })
        {
            var clouds = entries.Clouds.Where(cloud => CloudParts.PlatformOf(cloud) == platform).Select(cloud => cloud.Name.Value).ToList();
            if (clouds.Count > 0)
            {
                groups.Add(PlatformGroup(platform), Members(clouds));
            }
        }

        var cloudGroups = new GroupNames(System.Array.Empty<string>());
        foreach (var cloud in entries.Clouds)
        {
            groups.Add(cloudGroups.Unique("cloud_", cloud.Name.Value), Members(cloud.Compute.Select(host => host.Value).Distinct(System.StringComparer.Ordinal).Prepend(cloud.Name.Value)));
        }

        var runners = new StepRunners();
        for (var i = 0; i < plan.Stages.Length; i++)
        {
            groups.Add(GroupNames.Stage(i), Members(entries.RunnersOf(plan.Stages[i], runners)));
        }

        var all = new YamlMap().Add("vars", Defaults(model)).Add("children", groups);
        return YamlMap.Of("all", all);
    }

    /// <summary>The variables an operator may override (`-e`), with their defaults.</summary>
    private static YamlMap Defaults(TopologyModel model) => new YamlMap()
        .Add("libvirt_uri", YamlNode.Text("qemu:///system"))
        .Add("topo_dir", YamlNode.Text("/var/lib/topolang/" + model.Name))
        .Add("topo_artifacts", YamlNode.Text("{{ playbook_dir }}/.."));

    private static YamlMap Hypervisors(InventoryEntries entries)
    {
        var kinds = new YamlMap();
        foreach (var kind in new[] { HypervisorKind.Kvm, HypervisorKind.Qemu, HypervisorKind.Xen })
        {
            var hosts = entries.Hosts.Where(host => host.Hypervisor?.Kind.Value == kind).ToList();
            if (hosts.Count > 0)
            {
                kinds.Add(kind.ToString().ToLowerInvariant(), Members(hosts.Select(host => (host.Name.Value, HostVariables(host)))));
            }
        }

        return kinds.Entries.Count == 0 ? new YamlMap(flow: true) : YamlMap.Of("children", kinds);
    }

    private static YamlMap HostVariables(HostModel host) => YamlMap.Of("ansible_host", YamlNode.Text(host.Name.Value));

    /// <summary>A cloud is driven from the control node, without root, with the Python that runs Ansible (and has the clouds' SDKs).</summary>
    private static YamlMap CloudVariables(TopologyModel model, CloudModel cloud)
    {
        var variables = new YamlMap()
            .Add("ansible_connection", YamlNode.Word("local"))
            .Add("ansible_become", YamlNode.Word("false"))
            .Add("ansible_python_interpreter", YamlNode.Text("{{ ansible_playbook_python }}"))
            .Add("topo_dir", YamlNode.Text("~/.topolang/" + model.Name));
        if (CloudParts.PlatformOf(cloud) == CloudPlatform.OpenStack)
        {
            // The cloud's entry in clouds.yaml, for the openstack client and the openstack.cloud modules alike.
            variables.Add("openstack_cloud", YamlNode.Text(cloud.Name.Value));
            variables.Add("topo_environment", YamlMap.Of("OS_CLOUD", YamlNode.Text("{{ openstack_cloud }}")));
        }

        return variables;
    }

    // A member of a group without variables of its own (`host: {}`): one map for them all, never added to.
    private static readonly YamlMap NoVariables = new(flow: true);

    private static YamlMap Members(IEnumerable<string> names) => Members(names.Select(name => (name, NoVariables)));

    private static YamlMap Members(IEnumerable<(string Name, YamlMap Variables)> members)
    {
        var hosts = new YamlMap(capacity: members.TryGetNonEnumeratedCount(out var count) ? count : 0);
        foreach (var (name, variables) in members)
        {
            hosts.Add(name, variables);
        }

        return hosts.Entries.Count == 0 ? new YamlMap(flow: true) : YamlMap.Of("hosts", hosts);
    }

    private static string PlatformGroup(CloudPlatform platform) => platform.ToString().ToLowerInvariant();
}
