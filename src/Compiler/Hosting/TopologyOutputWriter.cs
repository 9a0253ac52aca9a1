using System.Collections.Generic;
using System.IO;
using TopoLang.Compiler.Output;

namespace TopoLang.Compiler.Hosting;

/// <summary>
/// Writes a topology's files, each atomically and only when its bytes change, through
/// <see cref="OutputTree"/> and <see cref="AtomicFileWriter"/>.
/// </summary>
public static class TopologyOutputWriter
{
    /// <summary>Every file, the C# too, under one folder with one manifest (`topo build`); returns the paths written, the manifest last.</summary>
    public static IReadOnlyList<string> WriteAllInto(string folder, EmittedTopology topology) =>
        OutputTree.Write(folder, topology.Files);

    /// <summary>The C# alone, into a folder of generated code shared with other topologies (MSBuild's obj/).</summary>
    public static WrittenCode WriteCode(string codeDirectory, EmittedTopology topology)
    {
        var path = Path.Combine(codeDirectory, Path.GetFileName(topology.Code.RelativePath));
        return new WrittenCode(path, AtomicFileWriter.Write(path, topology.Code));
    }

    /// <summary>The artifacts alone, under the topology's own folder with its manifest; returns the paths written, the manifest last.</summary>
    public static IReadOnlyList<string> WriteArtifacts(string folder, EmittedTopology topology) =>
        OutputTree.Write(folder, topology.Artifacts);
}
