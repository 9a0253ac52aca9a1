using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using TopoLang.Compiler;
using TopoLang.Compiler.Emit;
using TopoLang.Compiler.Emit.Targets;
using TopoLang.Compiler.Emit.Targets.Xen;
using TopoLang.Compiler.Semantics;
using TopoLang.Compiler.Text;
using TopoLang.Tests.Infrastructure;

namespace TopoLang.Tests.Artifacts.Xen;

/// <summary>The Xen writers' files for a topology, and the topologies they are tested on.</summary>
public static class XenArtifacts
{
    /// <summary>The valid topologies that have Xen files at all.</summary>
    public static IEnumerable<object[]> XenTopologies() => RepositoryTopologies.RowsWith(Write);

    /// <summary>The valid topologies that have a domU, and so an xl.cfg.</summary>
    public static IEnumerable<object[]> DomUTopologies() => RepositoryTopologies.RowsWith(new XlConfigWriter().Write);

    public static IReadOnlyList<GeneratedFile> Write(TopologySemantics semantics) =>
        new IArtifactWriter[] { new XlConfigWriter(), new XenCommandLineWriter() }
            .SelectMany(writer => writer.Write(semantics))
            .OrderBy(file => file.RelativePath, StringComparer.Ordinal)
            .ToList();

    public static TopologySemantics Compile(string source, string path = "xen.topo")
    {
        var compilation = TopoCompilation.Create(SourceText.From(source, path));
        Assert.False(compilation.HasErrors, string.Join("\n", compilation.GetDiagnostics().Select(d => d.Code + " " + d.Message)));
        return compilation.Semantics;
    }

    /// <summary>The files written into a fresh temporary folder; returns the full paths, in order.</summary>
    public static IReadOnlyList<string> WriteTo(DirectoryInfo folder, IEnumerable<GeneratedFile> files)
    {
        var paths = new List<string>();
        foreach (var file in files)
        {
            var path = Path.Combine(folder.FullName, file.RelativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, file.Text);
            paths.Add(path);
        }

        return paths;
    }

    public static GeneratedFile Single(IEnumerable<GeneratedFile> files, string relativePath) =>
        files.Single(file => file.RelativePath == relativePath);
}
