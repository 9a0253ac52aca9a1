using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using TopoLang.Compiler;
using TopoLang.Compiler.Emit;
using TopoLang.Compiler.Emit.Targets.Heat;
using TopoLang.Compiler.Text;
using TopoLang.Tests.Infrastructure;
using YamlDotNet.RepresentationModel;
using YamlNode = YamlDotNet.RepresentationModel.YamlNode;

namespace TopoLang.Tests.Artifacts.Heat;

/// <summary>Compiles topologies, writes their Heat templates, reads them back, runs Heat on them.</summary>
internal static class HeatArtifacts
{
    /// <summary>The valid topologies that have Heat templates at all.</summary>
    public static IEnumerable<object[]> HeatTopologies() => RepositoryTopologies.RowsWith(semantics => new HeatTemplateWriter().Write(semantics));

    /// <summary>The templates of a valid topology file.</summary>
    public static IReadOnlyList<GeneratedFile> FromFile(string relativePath) =>
        new HeatTemplateWriter().Write(RepositoryTopologies.Compile(relativePath).Semantics).ToList();

    /// <summary>The templates of a topology given as text; it must have no errors.</summary>
    public static IReadOnlyList<GeneratedFile> FromSource(string source)
    {
        var compilation = TopoCompilation.Create(SourceText.From(source, "heat-test.topo"));
        Assert.False(compilation.HasErrors, string.Join("\n", compilation.GetDiagnostics().Select(d => d.Code + " " + d.Message)));
        return new HeatTemplateWriter().Write(compilation.Semantics).ToList();
    }

    public static GeneratedFile Single(string source) => Assert.Single(FromSource(source));

    /// <summary>Parses a template with YamlDotNet's reader.</summary>
    public static YamlMappingNode Parse(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return (YamlMappingNode)Assert.Single(stream.Documents).RootNode;
    }

    /// <summary>Writes the files under a new temporary folder; returns their full paths.</summary>
    public static IReadOnlyList<string> WriteAll(DirectoryInfo folder, IEnumerable<GeneratedFile> files, string prefix = "")
    {
        var paths = new List<string>();
        foreach (var file in files)
        {
            var path = Path.Combine(folder.FullName, prefix, file.RelativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, file.Text);
            paths.Add(path);
        }

        return paths;
    }

    /// <summary>Runs Heat 19's template and stack validation on the files (tests/validators/heat).</summary>
    public static ToolResult RunHeatCheck(IReadOnlyList<string> paths) => RepositoryValidators.Heat(paths);

    /// <summary>Runs a Python snippet with the system python, where Heat lives.</summary>
    public static ToolResult RunPython(string script, params string[] arguments)
    {
        ExternalTool.Require(TestTools.HeatPackage);
        return ExternalTool.Run(TestTools.SystemPython, new[] { "-c", script }.Concat(arguments).ToArray());
    }

    public static YamlNode At(YamlNode node, params string[] keys)
    {
        foreach (var key in keys)
        {
            node = ((YamlMappingNode)node).Children[new YamlScalarNode(key)];
        }

        return node;
    }

    public static string Scalar(YamlNode node, params string[] keys) => ((YamlScalarNode)At(node, keys)).Value!;

    public static IReadOnlyList<string> Keys(YamlNode node, params string[] keys) =>
        ((YamlMappingNode)At(node, keys)).Children.Keys.Select(key => ((YamlScalarNode)key).Value!).ToList();
}
