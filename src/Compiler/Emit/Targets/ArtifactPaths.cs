namespace TopoLang.Compiler.Emit.Targets;

/// <summary>
/// Where each artifact goes inside `DIR/&lt;topology&gt;/` (docs/language.md, "What `topo build` writes"). One place, so that the
/// writers and the plan that refers to their files agree. Names are TopoLang identifiers, safe
/// as path segments.
/// </summary>
public static class ArtifactPaths
{
    public static string Plan(TopologyName topology) => topology.Value + ".plan.json";

    public static string Graphviz(TopologyName topology) => topology.Value + ".dot";

    public static string Mermaid(TopologyName topology) => topology.Value + ".mmd";

    /// <summary>The Ansible inventory of the plan's hosts and clouds (docs/ansible.md).</summary>
    public const string AnsibleInventory = "ansible/inventory.yml";

    /// <summary>The Ansible playbook that runs the plan, one play per stage (docs/ansible.md).</summary>
    public const string AnsiblePlaybook = "ansible/site.yml";

    /// <summary>libvirt domain XML of a KVM or QEMU guest (`virsh define`).</summary>
    public static string LibvirtDomain(string host, string guest) => $"hosts/{host}/{guest}.xml";

    /// <summary>xl.cfg of a Xen domU (`xl create`).</summary>
    public static string XlConfig(string host, string domU) => $"hosts/{host}/{domU}.cfg";

    /// <summary>The Xen boot options for dom0 (`dom0_mem=`, `dom0_max_vcpus=`).</summary>
    public static string XenCommandLine(string host) => $"hosts/{host}/xen-cmdline.txt";

    public static string LibvirtNetwork(string network) => $"networks/{network}.xml";

    public static string HeatTemplate(string cloud, string deployment) => $"clouds/{cloud}/{deployment}.hot.yaml";

    public static string CloudStackCalls(string cloud, string deployment) => $"clouds/{cloud}/{deployment}.cloudstack.json";

    public static string CloudMonkeyScript(string cloud, string deployment) => $"clouds/{cloud}/{deployment}.cmk";
}
