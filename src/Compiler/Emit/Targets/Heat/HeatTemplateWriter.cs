using System.Collections.Generic;
using TopoLang.Compiler.Emit.Yaml;
using TopoLang.Compiler.Semantics;

namespace TopoLang.Compiler.Emit.Targets.Heat;

/// <summary>
/// Writes `clouds/&lt;cloud&gt;/&lt;deployment&gt;.hot.yaml` for every deployment on an OpenStack
/// cloud (its platform written or its provider's), through the YAML writer (Emit/Yaml).
/// </summary>
public sealed class HeatTemplateWriter : IArtifactWriter
{
    public IEnumerable<GeneratedFile> Write(TopologySemantics semantics)
    {
        var model = semantics.Model;
        foreach (var deployment in model.Deployments)
        {
            var cloud = deployment.Cloud?.Value is { } name ? model.FindCloud(name) : null;
            if (cloud?.Platform?.Value != CloudPlatform.OpenStack)
            {
                continue;
            }

            var template = HeatTemplate.Build(semantics, cloud, deployment);
            yield return new GeneratedFile(ArtifactPaths.HeatTemplate(cloud.Name.Value, deployment.Name.Value), YamlText.Write(template));
        }
    }
}
