using System.Collections.Generic;
using TopoLang.Compiler.Semantics;

namespace TopoLang.Compiler.Emit.Targets.Libvirt;

/// <summary>`networks/&lt;network&gt;.xml`: a libvirt network per network of the topology (docs/language.md, "What `topo build` writes").</summary>
public sealed class LibvirtNetworkWriter : IArtifactWriter
{
    public IEnumerable<GeneratedFile> Write(TopologySemantics semantics)
    {
        var model = semantics.Model;
        var bridges = BridgeNames.Of(model);
        foreach (var network in semantics.Addresses.Networks)
        {
            var name = network.Name;
            yield return GeneratedFile.FromUtf8(ArtifactPaths.LibvirtNetwork(name), NetworkXml.Write(model, network, bridges.Of(name)));
        }
    }
}
