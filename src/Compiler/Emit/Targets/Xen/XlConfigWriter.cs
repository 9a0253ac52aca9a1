using System.Collections.Generic;
using System.Text;
using TopoLang.Compiler.Semantics;

namespace TopoLang.Compiler.Emit.Targets.Xen;

/// <summary>`hosts/&lt;host&gt;/&lt;domU&gt;.cfg`: one xl.cfg per domU and per driver domain of a Xen host (docs/language.md, "What `topo build` writes").</summary>
public sealed class XlConfigWriter : IArtifactWriter
{
    public IEnumerable<GeneratedFile> Write(TopologySemantics semantics)
    {
        // One buffer for every file of this walk; each file keeps only its bytes.
        var buffer = new StringBuilder(2048);
        foreach (var domU in XenHosts.DomUs(semantics.Model))
        {
            var text = new XlConfigText(buffer);
            XlDomUConfig.Write(text, domU);
            yield return GeneratedFile.FromUtf8(ArtifactPaths.XlConfig(domU.Host.Name.Value, domU.Name), text.ToUtf8());
        }

        foreach (var (host, xen) in XenHosts.Of(semantics.Model))
        {
            foreach (var domain in xen.DriverDomains)
            {
                var text = new XlConfigText(buffer);
                XlDriverDomainConfig.Write(text, semantics.Model, host, xen, domain);
                yield return GeneratedFile.FromUtf8(ArtifactPaths.XlConfig(host.Name.Value, domain.Name), text.ToUtf8());
            }
        }
    }
}
