using System.Collections.Generic;
using TopoLang.Compiler.Model;

namespace TopoLang.Compiler.Emit.Targets.CloudStack;

/// <summary>
/// For each deployment on a CloudStack cloud: its API calls as JSON and as a CloudMonkey
/// script (docs/language.md, "What `topo build` writes").
/// </summary>
public sealed class CloudStackWriter : IArtifactWriter
{
    public IEnumerable<GeneratedFile> Write(TopologyModel model)
    {
        foreach (var deployment in model.Deployments)
        {
            if (deployment.Cloud is not { } cloudName || model.FindCloud(cloudName.Value) is not { } cloud
                || cloud.Platform?.Value != CloudPlatform.CloudStack)
            {
                continue;
            }

            var calls = CloudStackCallPlan.For(model, cloud, deployment);
            var (cloudId, deploymentId) = (cloud.Name.Value, deployment.Name.Value);
            yield return new GeneratedFile(ArtifactPaths.CloudStackCalls(cloudId, deploymentId), CloudStackJson.Write(calls));
            yield return new GeneratedFile(
                ArtifactPaths.CloudMonkeyScript(cloudId, deploymentId),
                CloudMonkeyScript.Write(model.Name, cloudId, deploymentId, calls));
        }
    }
}
