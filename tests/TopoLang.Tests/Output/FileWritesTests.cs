using System;
using System.IO;
using System.Linq;
using TopoLang.Compiler.Emit;
using TopoLang.Compiler.Output;

namespace TopoLang.Tests.Output;

/// <summary>A fleet's build writes its files on every core: each as if written alone, and a failure as the failure it is.</summary>
public sealed class FileWritesTests : IDisposable
{
    // Enough files that they are written in parallel, not one by one.
    private const int ManyFiles = 300;

    private readonly string _folder = Directory.CreateTempSubdirectory("topo-writes-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Many_files_in_many_folders_are_each_written_with_their_own_text()
    {
        var files = Enumerable.Range(0, ManyFiles).Select(i => new GeneratedFile($"hosts/h{i % 17}/g{i}.xml", $"<domain>{i}</domain>\n")).ToArray();

        OutputTree.Write(_folder, files);

        Assert.All(files, file => Assert.Equal(file.Text, File.ReadAllText(Path.Combine(_folder, file.RelativePath))));
        Assert.Empty(Directory.GetFiles(_folder, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void A_file_that_cannot_be_written_among_many_fails_the_write_with_its_own_exception_and_leaves_no_temporary_file()
    {
        var files = Enumerable.Range(0, ManyFiles).Select(i => new GeneratedFile($"g{i}.xml", i.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToArray();
        Directory.CreateDirectory(Path.Combine(_folder, "g7.xml")); // a folder where a file must go

        var failure = Record.Exception(() => OutputTree.Write(_folder, files));

        Assert.True(failure is IOException or UnauthorizedAccessException, $"expected the file system's own exception, got {failure}");
        Assert.Empty(Directory.GetFiles(_folder, "*.tmp", SearchOption.AllDirectories));
        Assert.False(File.Exists(Path.Combine(_folder, "g1.xml")), "no file of the build is put in place when one cannot be");
    }

    [Fact]
    public void A_file_that_fails_to_be_made_among_many_leaves_every_file_of_the_previous_build_as_it_was()
    {
        var before = Enumerable.Range(0, ManyFiles).Select(i => new GeneratedFile($"hosts/h{i % 17}/g{i}.xml", $"<old>{i}</old>\n")).ToArray();
        OutputTree.Write(_folder, before);
        var after = before.Select((file, i) => i == ManyFiles / 2
            ? GeneratedFile.WrittenBy(file.RelativePath, _ => throw new InvalidOperationException("this file's writer failed"))
            : new GeneratedFile(file.RelativePath, $"<new>{i}</new>\n")).ToArray();

        Assert.Throws<InvalidOperationException>(() => OutputTree.Write(_folder, after));

        Assert.All(before, file => Assert.Equal(file.Text, File.ReadAllText(Path.Combine(_folder, file.RelativePath))));
        Assert.Empty(Directory.GetFiles(_folder, "*.tmp", SearchOption.AllDirectories));
    }
}
