using System.Collections.Immutable;
using TopoLang.Compiler.Binding.Bound;
using TopoLang.Compiler.Model;

namespace TopoLang.Compiler.Binding;

/// <summary>
/// Projects the large top-level entries (hosts, networks, deployments) onto the model as soon as
/// each one is bound, so that its bound block can go: kept to the end, the bound blocks of a
/// 100,000-guest fleet were a third of the heap, alive next to the syntax tree and the model.
/// Each entry's references are collected first, for the resolver to check once every name is
/// declared. Providers and clouds stay in the root block (clouds are projected against the
/// providers at the end), as does anything not declared well enough to project.
/// </summary>
internal sealed class TopLevelProjection
{
    private readonly ReferenceResolver _references;
    private readonly bool _keepBoundBlocks;

    /// <param name="keepBoundBlocks">Keep every entry in the root block as well (tests that walk the bound blocks).</param>
    public TopLevelProjection(ReferenceResolver references, bool keepBoundBlocks)
    {
        _references = references;
        _keepBoundBlocks = keepBoundBlocks;
    }

    public ImmutableArray<HostModel>.Builder Hosts { get; } = ImmutableArray.CreateBuilder<HostModel>();

    public ImmutableArray<NetworkModel>.Builder Networks { get; } = ImmutableArray.CreateBuilder<NetworkModel>();

    public ImmutableArray<DeploymentModel>.Builder Deployments { get; } = ImmutableArray.CreateBuilder<DeploymentModel>();

    /// <summary>Takes a top-level entry just bound; whether the root block should keep it.</summary>
    public bool Admit(BoundEntry entry)
    {
        _references.Collect(entry);
        if (!ModelBuilder.IsDeclared(entry))
        {
            return true;
        }

        switch (entry.Spec.Word)
        {
            case "host":
                Hosts.Add(ModelBuilder.Host(entry));
                break;
            case "network":
                Networks.Add(ModelBuilder.Network(entry));
                break;
            case "deployment":
                Deployments.Add(ModelBuilder.Deployment(entry));
                break;
            default:
                return true;
        }

        return _keepBoundBlocks;
    }
}
