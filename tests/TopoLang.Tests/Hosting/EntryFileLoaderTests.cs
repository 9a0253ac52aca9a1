using System;
using System.IO;
using TopoLang.Compiler;
using TopoLang.Compiler.Hosting;

namespace TopoLang.Tests.Hosting;

public sealed class EntryFileLoaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("topo-hosting-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_directory_is_unreadable_as_a_directory()
    {
        Assert.Equal("it is a directory", Load(_folder).Unreadable!.Explanation);
    }

    [Fact]
    public void A_missing_file_is_unreadable_as_no_such_file()
    {
        Assert.Equal("no such file", Load(Path.Combine(_folder, "gone.topo")).Unreadable!.Explanation);
    }

    [Fact]
    public void A_file_in_a_missing_folder_is_unreadable_as_no_such_directory()
    {
        Assert.Equal("no such directory", Load(Path.Combine(_folder, "gone", "lab.topo")).Unreadable!.Explanation);
    }

    [Fact]
    public void A_readable_file_is_compiled()
    {
        var path = Path.Combine(_folder, "edge.topo");
        File.WriteAllText(path, "topology edge\n");

        Assert.Equal("edge", Load(path).Compilation!.Model.Name);
    }

    private static EntryLoad Load(string path) => EntryFileLoader.Load(new EntryCandidate(path, path, true), TopoCompilationOptions.Default);
}
