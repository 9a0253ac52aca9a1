using System.Collections.Generic;
using System.Linq;
using TopoLang.Compiler.Semantics;

namespace TopoLang.Compiler.Emit.Targets.Xen;

/// <summary>`hosts/&lt;host&gt;/&lt;domU&gt;.cfg`: one xl.cfg per domU of a Xen host (docs/language.md, "What `topo build` writes").</summary>
public sealed class XlConfigWriter : IArtifactWriter
{
    public IEnumerable<GeneratedFile> Write(TopologySemantics semantics) =>
        XenHosts.DomUs(semantics.Model)
            .Select(domU => new GeneratedFile(ArtifactPaths.XlConfig(domU.Host.Name.Value, domU.Name), XlDomUConfig.Build(domU)));
}
