using System;
using System.IO;
using TopoLang.Compiler.Emit;
using TopoLang.Compiler.Output;

namespace TopoLang.Tests.Output;

public sealed class OutputTreeTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("topo-output-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Writes_the_files_and_a_manifest_and_returns_their_paths()
    {
        var written = OutputTree.Write(_folder, new[] { new GeneratedFile("a.txt", "a"), new GeneratedFile("hosts/h/b.xml", "b") });

        Assert.Equal(
            new[] { Path.Combine(_folder, "a.txt"), Path.Combine(_folder, "hosts", "h", "b.xml"), Path.Combine(_folder, OutputTree.ManifestName) },
            written);
        Assert.Equal("b", File.ReadAllText(Path.Combine(_folder, "hosts", "h", "b.xml")));
        Assert.Equal(new[] { "a.txt", "hosts/h/b.xml" }, OutputTree.ReadManifest(_folder));
    }

    [Fact]
    public void Removes_what_the_last_build_wrote_and_this_one_did_not_with_the_folders_left_empty()
    {
        OutputTree.Write(_folder, new[] { new GeneratedFile("a.txt", "a"), new GeneratedFile("hosts/h/b.xml", "b") });
        var mine = Path.Combine(_folder, "notes.txt");
        File.WriteAllText(mine, "not written by TopoLang");

        OutputTree.Write(_folder, new[] { new GeneratedFile("a.txt", "a2") });

        Assert.False(Directory.Exists(Path.Combine(_folder, "hosts")));
        Assert.True(File.Exists(mine));
        Assert.Equal("a2", File.ReadAllText(Path.Combine(_folder, "a.txt")));
        Assert.Equal(new[] { "a.txt" }, OutputTree.ReadManifest(_folder));
    }

    [Fact]
    public void An_unchanged_file_keeps_its_timestamp()
    {
        var path = Path.Combine(_folder, "a.txt");
        Assert.True(AtomicFileWriter.Write(path, "same"));
        var old = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(path, old);

        Assert.False(AtomicFileWriter.Write(path, "same"));
        Assert.Equal(old, File.GetLastWriteTimeUtc(path));
        Assert.True(AtomicFileWriter.Write(path, "changed"));
        Assert.DoesNotContain(Directory.GetFiles(_folder), f => f.EndsWith(".tmp", StringComparison.Ordinal));
    }

    [Fact]
    public void Stale_files_keep_a_folder_that_holds_anything_else_and_never_remove_the_root()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "x", "y"));
        File.WriteAllText(Path.Combine(_folder, "x", "y", "old.cs"), "");
        File.WriteAllText(Path.Combine(_folder, "x", "keep.txt"), "");

        StaleFiles.Delete(new[] { Path.Combine(_folder, "x", "y", "old.cs"), Path.Combine(_folder, "gone.cs") }, _folder);

        Assert.False(Directory.Exists(Path.Combine(_folder, "x", "y")));
        Assert.True(File.Exists(Path.Combine(_folder, "x", "keep.txt")));
        Assert.True(Directory.Exists(_folder));
    }

    [Fact]
    public void A_manifest_line_that_leaves_the_folder_is_ignored()
    {
        File.WriteAllText(Path.Combine(_folder, OutputTree.ManifestName), "# header\n../outside.txt\n/etc/passwd\nok.txt\n");

        Assert.Equal(new[] { "ok.txt" }, OutputTree.ReadManifest(_folder));
    }
}
