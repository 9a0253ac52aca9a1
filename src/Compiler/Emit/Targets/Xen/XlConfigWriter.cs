using System.Collections.Generic;
using TopoLang.Compiler.Semantics;

namespace TopoLang.Compiler.Emit.Targets.Xen;

/// <summary>`hosts/&lt;host&gt;/&lt;domU&gt;.cfg`: one xl.cfg per domU and per driver domain of a Xen host (docs/language.md, "What `topo build` writes").</summary>
public sealed class XlConfigWriter : IArtifactWriter
{
    public IEnumerable<GeneratedFile> Write(TopologySemantics semantics)
    {
        foreach (var domU in XenHosts.DomUs(semantics.Model))
        {
            yield return GeneratedFile.FromText(ArtifactPaths.XlConfig(domU.Host.Name.Value, domU.Name), text => XlDomUConfig.Write(new XlConfigText(text), domU));
        }

        foreach (var (host, xen) in XenHosts.Of(semantics.Model))
        {
            foreach (var domain in xen.DriverDomains)
            {
                yield return GeneratedFile.FromText(ArtifactPaths.XlConfig(host.Name.Value, domain.Name), text => XlDriverDomainConfig.Write(new XlConfigText(text), semantics.Model, host, xen, domain));
            }
        }
    }
}
