using TopoLang.Compiler.Emit.Yaml;

namespace TopoLang.Compiler.Emit.Ansible;

/// <summary>
/// The tasks a step can map to (<see cref="StepActions"/>), each the module and the options it
/// reads from the step's item. Only ansible.builtin and the collections Debian's `ansible`
/// package ships (community.libvirt, openstack.cloud) are used.
/// </summary>
internal static class StepModules
{
    private const string LibvirtUri = "{{ libvirt_uri }}";

    private const string ArtifactText = "{{ lookup('ansible.builtin.file', topo_artifacts ~ '/' ~ item.artifact) }}";

    public static StepTask Apt(string kind) => new(kind + "/apt", kind, "ansible.builtin.apt", () => new YamlMap()
        .Add("name", YamlNode.Text("{{ item.packages }}"))
        .Add("state", YamlNode.Word("present"))
        .Add("install_recommends", YamlNode.Text("{{ item.recommends }}")), IsCommand: false);

    public static StepTask Reboot(string kind) => new(kind + "/reboot", kind, "ansible.builtin.reboot", () => new YamlMap()
        .Add("msg", YamlNode.Text("Rebooted by the TopoLang plan ({{ item.id }})")), IsCommand: false);

    public static StepTask VirtNetDefine(string kind) => new(kind + "/virt_net", kind, "community.libvirt.virt_net", () => new YamlMap()
        .Add("command", YamlNode.Word("define"))
        .Add("name", YamlNode.Text("{{ item.name }}"))
        .Add("xml", YamlNode.Text(ArtifactText))
        .Add("uri", YamlNode.Text(LibvirtUri)), IsCommand: false);

    public static StepTask VirtNetStart(string kind) => new(kind + "/virt_net", kind, "community.libvirt.virt_net", () => new YamlMap()
        .Add("name", YamlNode.Text("{{ item.name }}"))
        .Add("state", YamlNode.Word("active"))
        .Add("uri", YamlNode.Text(LibvirtUri)), IsCommand: false);

    public static StepTask VirtDefine(string kind) => new(kind + "/virt", kind, "community.libvirt.virt", () => new YamlMap()
        .Add("command", YamlNode.Word("define"))
        .Add("xml", YamlNode.Text(ArtifactText))
        .Add("uri", YamlNode.Text(LibvirtUri)), IsCommand: false);

    public static StepTask VirtStart(string kind) => new(kind + "/virt", kind, "community.libvirt.virt", () => new YamlMap()
        .Add("name", YamlNode.Text("{{ item.name }}"))
        .Add("state", YamlNode.Word("running"))
        .Add("uri", YamlNode.Text(LibvirtUri)), IsCommand: false);

    public static StepTask VirtAutostart(string kind) => new(kind + "/virt", kind, "community.libvirt.virt", () => new YamlMap()
        .Add("name", YamlNode.Text("{{ item.name }}"))
        .Add("autostart", YamlNode.Word("true"))
        .Add("uri", YamlNode.Text(LibvirtUri)), IsCommand: false);

    /// <summary>The template is read on the control node, where the cloud's entry runs; the cloud is its clouds.yaml entry.</summary>
    public static StepTask Stack(string kind) => new(kind + "/stack", kind, "openstack.cloud.stack", () => new YamlMap()
        .Add("name", YamlNode.Text("{{ item.name }}"))
        .Add("template", YamlNode.Text("{{ topo_artifacts }}/{{ item.template }}"))
        .Add("state", YamlNode.Word("present"))
        .Add("wait", YamlNode.Word("true"))
        .Add("cloud", YamlNode.Text("{{ openstack_cloud | default(omit) }}")), IsCommand: false);

    public static StepTask Command(string kind) => new(kind + "/command", kind, "ansible.builtin.command", () => new YamlMap()
        .Add("argv", YamlNode.Text("{{ item.argv }}"))
        .Add("chdir", YamlNode.Text("{{ topo_dir }}")), IsCommand: true);
}
