using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml;

namespace TopoLang.Tests.Artifacts.Graph;

/// <summary>What Graphviz drew: each node's title (its DOT id) and the lines of its label, from `dot -Tsvg`.</summary>
public static class SvgText
{
    public static IReadOnlyDictionary<string, string> NodeLabels(string svg)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null };
        var document = new XmlDocument();
        using (var reader = XmlReader.Create(new StringReader(svg), settings))
        {
            document.Load(reader);
        }

        var namespaces = new XmlNamespaceManager(document.NameTable);
        namespaces.AddNamespace("svg", "http://www.w3.org/2000/svg");
        return document.SelectNodes("//svg:g[@class='node']", namespaces)!.Cast<XmlElement>().ToDictionary(
            node => node.SelectSingleNode("svg:title", namespaces)!.InnerText,
            node => string.Join("\n", node.SelectNodes("svg:text", namespaces)!.Cast<XmlElement>().Select(text => text.InnerText)));
    }
}
