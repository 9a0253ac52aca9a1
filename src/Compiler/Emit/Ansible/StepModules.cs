using System;
using System.Collections.Concurrent;
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

    private static readonly KindCache AptTasks = new(kind => new(kind + "/apt", kind, "ansible.builtin.apt", () => new YamlMap()
        .Add("name", YamlNode.Text("{{ item.packages }}"))
        .Add("state", YamlNode.Word("present"))
        .Add("install_recommends", YamlNode.Text("{{ item.recommends }}")), IsCommand: false, Item: StepItems.Apt));

    private static readonly KindCache RebootTasks = new(kind => new(kind + "/reboot", kind, "ansible.builtin.reboot", () => new YamlMap()
        .Add("msg", YamlNode.Text("Rebooted by the TopoLang plan ({{ item.id }})")), IsCommand: false, Item: StepItems.Id));

    private static readonly KindCache VirtNetDefineTasks = new(kind => new(kind + "/virt_net", kind, "community.libvirt.virt_net", () => new YamlMap()
        .Add("command", YamlNode.Word("define"))
        .Add("name", YamlNode.Text("{{ item.name }}"))
        .Add("xml", YamlNode.Text(ArtifactText))
        .Add("uri", YamlNode.Text(LibvirtUri)), IsCommand: false, Item: StepItems.VirtNetDefine));

    private static readonly KindCache VirtNetStartTasks = new(kind => new(kind + "/virt_net", kind, "community.libvirt.virt_net", () => new YamlMap()
        .Add("name", YamlNode.Text("{{ item.name }}"))
        .Add("state", YamlNode.Word("active"))
        .Add("uri", YamlNode.Text(LibvirtUri)), IsCommand: false, Item: StepItems.VirtName));

    private static readonly KindCache VirtDefineTasks = new(kind => new(kind + "/virt", kind, "community.libvirt.virt", () => new YamlMap()
        .Add("command", YamlNode.Word("define"))
        .Add("xml", YamlNode.Text(ArtifactText))
        .Add("uri", YamlNode.Text(LibvirtUri)), IsCommand: false, Item: StepItems.VirtDefine));

    private static readonly KindCache VirtStartTasks = new(kind => new(kind + "/virt", kind, "community.libvirt.virt", () => new YamlMap()
        .Add("name", YamlNode.Text("{{ item.name }}"))
        .Add("state", YamlNode.Word("running"))
        .Add("uri", YamlNode.Text(LibvirtUri)), IsCommand: false, Item: StepItems.VirtName));

    private static readonly KindCache VirtAutostartTasks = new(kind => new(kind + "/virt", kind, "community.libvirt.virt", () => new YamlMap()
        .Add("name", YamlNode.Text("{{ item.name }}"))
        .Add("autostart", YamlNode.Word("true"))
        .Add("uri", YamlNode.Text(LibvirtUri)), IsCommand: false, Item: StepItems.VirtName));

    /// <summary>The template is read on the control node, where the cloud's entry runs; the cloud is its clouds.yaml entry.</summary>
    private static readonly KindCache StackTasks = new(kind => new(kind + "/stack", kind, "openstack.cloud.stack", () => new YamlMap()
        .Add("name", YamlNode.Text("{{ item.name }}"))
        .Add("template", YamlNode.Text("{{ topo_artifacts }}/{{ item.template }}"))
        .Add("state", YamlNode.Word("present"))
        .Add("wait", YamlNode.Word("true"))
        .Add("cloud", YamlNode.Text("{{ openstack_cloud | default(omit) }}")), IsCommand: false, Item: StepItems.Stack));

    private static readonly KindCache CommandTasks = new(kind => new(kind + "/command", kind, "ansible.builtin.command", () => new YamlMap()
        .Add("argv", YamlNode.Text("{{ item.argv }}"))
        .Add("chdir", YamlNode.Text("{{ topo_dir }}")), IsCommand: true, Item: StepItems.Command));

    public static StepTask Apt(string kind) => AptTasks.For(kind);

    public static StepTask Reboot(string kind) => RebootTasks.For(kind);

    public static StepTask VirtNetDefine(string kind) => VirtNetDefineTasks.For(kind);

    public static StepTask VirtNetStart(string kind) => VirtNetStartTasks.For(kind);

    public static StepTask VirtDefine(string kind) => VirtDefineTasks.For(kind);

    public static StepTask VirtStart(string kind) => VirtStartTasks.For(kind);

    public static StepTask VirtAutostart(string kind) => VirtAutostartTasks.For(kind);

    public static StepTask Stack(string kind) => StackTasks.For(kind);

    public static StepTask Command(string kind) => CommandTasks.For(kind);

    /// <summary>
    /// A module's task for each step kind, made once: a fleet's playbook maps 300,000 steps to a
    /// handful of tasks. Kinds are the compiler's own words, so the cache stays as small as they are.
    /// </summary>
    private sealed class KindCache(Func<string, StepTask> make)
    {
        private readonly ConcurrentDictionary<string, StepTask> _tasks = new(StringComparer.Ordinal);

        public StepTask For(string kind) => _tasks.GetOrAdd(kind, make);
    }
}
