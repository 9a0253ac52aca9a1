using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Xml;
using TopoLang.Compiler;
using TopoLang.Compiler.Emit;
using TopoLang.Compiler.Emit.Targets.Libvirt;
using TopoLang.Compiler.Semantics;
using TopoLang.Compiler.Text;
using TopoLang.Tests.Infrastructure;

namespace TopoLang.Tests.Artifacts.Libvirt;

/// <summary>The inputs of the libvirt tests, and the files the two libvirt writers make of them.</summary>
internal static class LibvirtArtifacts
{
    public const string MetadataUri = "urn:topolang:libvirt:1";

    public static TopologySemantics SemanticsOf(string relativePath) => RepositoryTopologies.Compile(relativePath).Semantics;

    public static TopologySemantics SemanticsOfSource(string source, string name = "lab.topo") => Valid(TopoCompilation.Create(SourceText.From(source, name)));

    /// <summary>The valid topologies that have libvirt files at all.</summary>
    public static IEnumerable<object[]> LibvirtTopologies() => RepositoryTopologies.RowsWith(semantics => Write(semantics));

    public static ImmutableArray<GeneratedFile> Write(TopologySemantics semantics) =>
        new LibvirtDomainWriter().Write(semantics)
            .Concat(new LibvirtNetworkWriter().Write(semantics))
            .OrderBy(file => file.RelativePath, StringComparer.Ordinal)
            .ToImmutableArray();

    public static GeneratedFile File(ImmutableArray<GeneratedFile> files, string relativePath) =>
        files.SingleOrDefault(f => f.RelativePath == relativePath)
        ?? throw new Xunit.Sdk.XunitException($"No {relativePath} among: {string.Join(", ", files.Select(f => f.RelativePath))}");

    public static XmlDocument Parse(GeneratedFile file)
    {
        var document = new XmlDocument();
        document.LoadXml(file.Text);
        return document;
    }

    public static XmlNamespaceManager Namespaces(XmlDocument document)
    {
        var namespaces = new XmlNamespaceManager(document.NameTable);
        namespaces.AddNamespace("topo", MetadataUri);
        return namespaces;
    }

    /// <summary>Writes the files under a new scratch folder (removed when the test run ends) and returns their full paths, by relative path.</summary>
    public static IReadOnlyDictionary<string, string> WriteToTemp(IEnumerable<GeneratedFile> files)
    {
        var folder = TestTemp.NewFolder("libvirt-");
        var paths = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var path = Path.Combine(folder, file.RelativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            System.IO.File.WriteAllText(path, file.Text);
            paths[file.RelativePath] = path;
        }

        return paths;
    }

    public static bool IsNetwork(string relativePath) => relativePath.StartsWith("networks/", StringComparison.Ordinal);

    private static TopologySemantics Valid(TopoCompilation compilation)
    {
        Assert.False(compilation.HasErrors, string.Join("\n", compilation.GetDiagnostics().Select(d => d.Code + " " + d.Message)));
        return compilation.Semantics;
    }
}
