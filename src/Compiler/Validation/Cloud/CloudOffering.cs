using System.Collections.Immutable;
using System.Linq;
using TopoLang.Compiler.Diagnostics;
using TopoLang.Compiler.Model;

namespace TopoLang.Compiler.Validation.Cloud;

/// <summary>
/// What a deployment's cloud may offer: its provider's scaling modes and services. A cloud
/// without a provider, or whose provider or cloud is undeclared (TOPO1003), limits nothing.
/// </summary>
/// <param name="ProviderReference">Where the cloud names its provider: what to change when the offering falls short.</param>
internal sealed record CloudOffering(CloudModel Cloud, Located<string> ProviderReference, ProviderModel Provider)
{
    public static CloudOffering? Of(TopologyModel model, DeploymentModel deployment) =>
        deployment.Cloud is { } cloudName && model.FindCloud(cloudName.Value) is { } cloud
        && cloud.Provider is { } providerName && model.FindProvider(providerName.Value) is { } provider
            ? new CloudOffering(cloud, providerName, provider)
            : null;

    /// <summary>Points at the cloud's `provider`: the deployment may be far from the cloud it lands on.</summary>
    public RelatedLocation ProviderNote() =>
        new(ProviderReference.Location, $"cloud '{Cloud.Name.Value}' takes provider '{Provider.Name.Value}' here");

    /// <summary>"out", "server, devops-suite", or "none".</summary>
    public static string List(ImmutableArray<string> words) => words.IsEmpty ? "none" : string.Join(", ", words);

    public static string List(ImmutableArray<ScalingMode> modes) => modes.IsEmpty ? "none" : string.Join(", ", modes.Select(ModelWords.ToWord));
}
