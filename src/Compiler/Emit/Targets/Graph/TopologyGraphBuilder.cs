using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using TopoLang.Compiler.Model;

namespace TopoLang.Compiler.Emit.Targets.Graph;

/// <summary>
/// Builds the <see cref="TopologyGraph"/> of a model: a cluster per host (the host, dom0 and
/// driver domains, its guests or domUs and the guests nested in them), then networks, clouds,
/// deployments and instances, each in model order. Edges are kept only between nodes that
/// exist, so the graph is whole even where the model refers to something undeclared.
/// </summary>
public sealed class TopologyGraphBuilder
{
    private readonly List<GraphNode> _nodes = new();
    private readonly List<GraphEdge> _edges = new();
    private readonly HashSet<string> _keys = new(System.StringComparer.Ordinal);
    private readonly GraphLabelParts _labelParts = new();

    // A network's key, made once rather than for each nic that joins it.
    private readonly Dictionary<string, string> _networkKeys = new(System.StringComparer.Ordinal);

    private TopologyGraphBuilder()
    {
    }

    public static TopologyGraph Build(TopologyModel model)
    {
        var builder = new TopologyGraphBuilder();
        var clusters = model.Hosts.Select(builder.Cluster).ToImmutableArray();
        var nodes = builder.FreeNodes(model);
        var edges = builder._edges.Where(e => builder._keys.Contains(e.From) && builder._keys.Contains(e.To)).ToImmutableArray();
        return new TopologyGraph(model.Name, clusters, nodes, edges);
    }

    private static string HostKey(string host) => "host:" + host;

    private static string DomainKey(string host, string domain) => "domain:" + host + "/" + domain;

    private static string NetworkKey(string network) => "network:" + network;

    private string NetworkKeyOfNic(string network)
    {
        if (!_networkKeys.TryGetValue(network, out var key))
        {
            key = NetworkKey(network);
            _networkKeys.Add(network, key);
        }

        return key;
    }

    private static string CloudKey(string cloud) => "cloud:" + cloud;

    private static string DeploymentKey(string deployment) => "deployment:" + deployment;

    private GraphCluster Cluster(HostModel host)
    {
        var name = host.Name.Value;
        var start = _nodes.Count;
        Add(HostKey(name), GraphNodeKind.Host, GraphLabels.Host(host));
        if (host.Hypervisor is { } hypervisor)
        {
            foreach (var domain in hypervisor.Dom0s.Take(1).Concat(hypervisor.DriverDomains))
            {
                Add(DomainKey(name, domain.Name), domain.IsDom0 ? GraphNodeKind.Dom0 : GraphNodeKind.DriverDomain, GraphLabels.XenDomain(domain));
            }

            AddGuests(name, "guest:" + name, hypervisor, nestedIn: null);
        }

        return new GraphCluster("cluster:" + name, "host " + name, _nodes.Skip(start).ToImmutableArray());
    }

    /// <summary>The guests of a hypervisor and, recursively, those of hypervisors nested in them.</summary>
    private void AddGuests(string host, string prefix, HypervisorModel hypervisor, string? nestedIn)
    {
        foreach (var guest in hypervisor.Guests)
        {
            var key = prefix + "/" + guest.Name.Value;
            Add(key, guest.Kind == GuestKind.DomU ? GraphNodeKind.DomU : GraphNodeKind.Guest, GraphLabels.Guest(guest, _labelParts));
            if (nestedIn is not null)
            {
                _edges.Add(new GraphEdge(nestedIn, key, GraphEdgeKind.Nested, "nested"));
            }

            if (guest.Backend is { } backend)
            {
                _edges.Add(new GraphEdge(key, DomainKey(host, backend.Value), GraphEdgeKind.Backend, "backend"));
            }

            foreach (var nic in guest.NicList)
            {
                _edges.Add(new GraphEdge(key, NetworkKeyOfNic(nic.Network.Value), GraphEdgeKind.Nic, nic.IpText));
            }

            if (guest.NestedHypervisor is { } nested)
            {
                AddGuests(host, key, nested, nestedIn: key);
            }
        }
    }

    /// <summary>Everything outside the hosts' clusters.</summary>
    private ImmutableArray<GraphNode> FreeNodes(TopologyModel model)
    {
        var start = _nodes.Count;
        foreach (var network in model.Networks)
        {
            Add(NetworkKey(network.Name.Value), GraphNodeKind.Network, GraphLabels.Network(network));
        }

        foreach (var cloud in model.Clouds)
        {
            Add(CloudKey(cloud.Name.Value), GraphNodeKind.Cloud, GraphLabels.Cloud(cloud));
            _edges.AddRange(cloud.Compute.Select(host => new GraphEdge(CloudKey(cloud.Name.Value), HostKey(host.Value), GraphEdgeKind.Compute, "compute")));
        }

        foreach (var deployment in model.Deployments)
        {
            AddDeployment(deployment);
        }

        return _nodes.Skip(start).ToImmutableArray();
    }

    private void AddDeployment(DeploymentModel deployment)
    {
        var key = DeploymentKey(deployment.Name.Value);
        Add(key, GraphNodeKind.Deployment, GraphLabels.Deployment(deployment));
        if (deployment.Cloud is { } cloud)
        {
            _edges.Add(new GraphEdge(key, CloudKey(cloud.Value), GraphEdgeKind.Cloud));
        }

        foreach (var instance in deployment.Instances)
        {
            var instanceKey = "instance:" + deployment.Name.Value + "/" + instance.Name.Value;
            Add(instanceKey, GraphNodeKind.Instance, GraphLabels.Instance(instance));
            _edges.Add(new GraphEdge(key, instanceKey, GraphEdgeKind.Instance));
            if (instance.Network is { } network)
            {
                _edges.Add(new GraphEdge(instanceKey, NetworkKey(network.Value), GraphEdgeKind.InstanceNetwork));
            }
        }
    }

    /// <summary>Adds a node unless its key is taken: of a name declared twice (already reported), the first counts.</summary>
    private void Add(string key, GraphNodeKind kind, ImmutableArray<string> lines)
    {
        if (_keys.Add(key))
        {
            _nodes.Add(new GraphNode(key, kind, lines));
        }
    }
}
