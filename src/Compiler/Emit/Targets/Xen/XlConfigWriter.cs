using System.Collections.Generic;
using System.Linq;
using TopoLang.Compiler.Semantics;

namespace TopoLang.Compiler.Emit.Targets.Xen;

/// <summary>`hosts/&lt;host&gt;/&lt;domU&gt;.cfg`: one xl.cfg per domU and per driver domain of a Xen host (docs/language.md, "What `topo build` writes").</summary>
public sealed class XlConfigWriter : IArtifactWriter
{
    public IEnumerable<GeneratedFile> Write(TopologySemantics semantics) =>
        XenHosts.DomUs(semantics.Model)
            .Select(domU => new GeneratedFile(ArtifactPaths.XlConfig(domU.Host.Name.Value, domU.Name), XlDomUConfig.Build(domU)))
            .Concat(XenHosts.Of(semantics.Model).SelectMany(pair => pair.Xen.DriverDomains.Select(domain =>
                new GeneratedFile(ArtifactPaths.XlConfig(pair.Host.Name.Value, domain.Name), XlDriverDomainConfig.Build(semantics.Model, pair.Host, pair.Xen, domain)))));
}
