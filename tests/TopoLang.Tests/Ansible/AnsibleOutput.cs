using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using TopoLang.Compiler.Emit;
using TopoLang.Compiler.Emit.Targets;
using TopoLang.Tests.Infrastructure;
using YamlDotNet.RepresentationModel;

namespace TopoLang.Tests.Ansible;

/// <summary>A valid topology built as `topo build` writes it, for Ansible to read: its output folder, inventory, playbook and plan.</summary>
internal sealed class AnsibleOutput
{
    private AnsibleOutput(string folder, EmitResult result) => (Folder, Result) = (folder, result);

    /// <summary>The topology's output folder: the plan's commands run from here; the playbook is in ansible/.</summary>
    public string Folder { get; }

    public EmitResult Result { get; }

    public string Inventory => Path.Combine(Folder, ArtifactPaths.AnsibleInventory);

    public string Playbook => Path.Combine(Folder, ArtifactPaths.AnsiblePlaybook);

    /// <summary>Builds a topology (a path relative to the repository root) into <paramref name="root"/>/&lt;topology&gt;/.</summary>
    public static AnsibleOutput Build(string topology, string root)
    {
        var compilation = RepositoryTopologies.Compile(topology);
        var folder = Path.Combine(root, compilation.Model.Name);
        var result = compilation.Emit(outputDirectory: folder);
        foreach (var file in result.Artifacts)
        {
            var path = Path.Combine(folder, file.RelativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, file.Text);
        }

        return new AnsibleOutput(folder, result);
    }

    /// <summary>The emitted text of one of the Ansible files.</summary>
    public static string Text(EmitResult result, string relativePath) => result.Ansible.Single(file => file.RelativePath == relativePath).Text;

    public static YamlNode Parse(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return Assert.Single(stream.Documents).RootNode;
    }

    /// <summary>
    /// A values file (`-e @values.json`; JSON is YAML) that gives every value the plan needs a
    /// stand-in, as an operator gives the real ones.
    /// </summary>
    public string WriteValues()
    {
        var values = Result.Plan.Model.Summary.Placeholders.ToDictionary(text => text[2..^1], _ => "test-value");
        var path = Path.Combine(Folder, "values.json");
        File.WriteAllText(path, JsonSerializer.Serialize(new Dictionary<string, object> { ["topo_values"] = values }));
        return path;
    }

    /// <summary>Where Ansible and ansible-lint keep their files during a test (ANSIBLE_HOME, temp folders, caches): a scratch folder, never the user's home.</summary>
    public static IReadOnlyDictionary<string, string> Environment(string scratch) => new Dictionary<string, string>
    {
        ["ANSIBLE_HOME"] = Path.Combine(scratch, "ansible-home"),
        ["ANSIBLE_LOCAL_TEMP"] = Path.Combine(scratch, "ansible-local-tmp"),
        ["ANSIBLE_REMOTE_TEMP"] = Path.Combine(scratch, "ansible-remote-tmp"),
        ["XDG_CACHE_HOME"] = Path.Combine(scratch, "cache"),
        ["ANSIBLE_NOCOLOR"] = "1",
        ["ANSIBLE_PIPELINING"] = "1",
        ["ANSIBLE_RETRY_FILES_ENABLED"] = "0",
    };
}
