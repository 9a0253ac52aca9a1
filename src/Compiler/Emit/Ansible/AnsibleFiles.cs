using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using TopoLang.Compiler.Emit.Plan;
using TopoLang.Compiler.Emit.Targets;
using TopoLang.Compiler.Emit.Yaml;
using TopoLang.Compiler.Model;

namespace TopoLang.Compiler.Emit.Ansible;

/// <summary>
/// The plan handed to Ansible (docs/ansible.md): `ansible/inventory.yml` and `ansible/site.yml`.
/// TopoLang does not orchestrate; Ansible runs the plan's stages in order on every host at once.
/// Both files derive from the plan and the topology: the plan builder and the targets know nothing of Ansible.
/// </summary>
public static class AnsibleFiles
{
    /// <param name="files">The targets' files, which the playbook copies, reads or fills in.</param>
    public static ImmutableArray<GeneratedFile> Write(TopologyModel model, DeploymentPlanModel plan, IReadOnlyCollection<TargetFile> files)
    {
        var values = PlaybookValues.Of(plan, files);
        var buildFiles = files.Select(file => file.File.RelativePath).ToHashSet(System.StringComparer.Ordinal);
        return ImmutableArray.Create(
            YamlText.File(ArtifactPaths.AnsibleInventory, () => AnsibleInventory.Document(model, plan, InventoryEntries.Of(model)), explicitStart: true),
            YamlText.File(ArtifactPaths.AnsiblePlaybook, () => AnsiblePlaybook.Document(plan, values, buildFiles), explicitStart: true));
    }
}
