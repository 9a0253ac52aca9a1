using System;
using System.IO;
using System.Linq;
using TopoLang.Compiler;
using TopoLang.Compiler.Hosting;
using TopoLang.Compiler.Output;
using TopoLang.Compiler.Text;

namespace TopoLang.Tests.Hosting;

public sealed class TopologyOutputWriterTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("topo-hosting-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void The_emitted_code_is_the_generated_CSharp_file()
    {
        var topology = Emit();

        Assert.Equal("EdgeTopology.g.cs", Path.GetFileName(topology.Code.RelativePath));
        Assert.DoesNotContain(topology.Code, topology.Artifacts);
    }

    [Fact]
    public void Writing_all_into_one_folder_lists_the_code_in_its_manifest()
    {
        TopologyOutputWriter.WriteAllInto(_folder, Emit());

        Assert.Contains("EdgeTopology.g.cs", OutputTree.ReadManifest(_folder));
    }

    [Fact]
    public void Writing_the_code_again_unchanged_reports_no_change()
    {
        var topology = Emit();

        Assert.True(TopologyOutputWriter.WriteCode(_folder, topology).Changed);
        Assert.False(TopologyOutputWriter.WriteCode(_folder, topology).Changed);
    }

    [Fact]
    public void Writing_the_artifacts_leaves_the_code_out_and_the_manifest_last()
    {
        var written = TopologyOutputWriter.WriteArtifacts(_folder, Emit());

        Assert.Equal(OutputTree.ManifestName, Path.GetFileName(written.Last()));
        Assert.DoesNotContain(written, p => p.EndsWith(".g.cs", StringComparison.Ordinal));
    }

    private EmittedTopology Emit()
    {
        var compilation = TopoCompilation.Create(SourceText.From("topology edge\nnetwork wan { cidr \"192.168.0.0/24\" }\n", "edge.topo"));
        return TopologyEmitter.Emit(compilation, _folder, _folder);
    }
}
