using System;
using System.Buffers;
using System.IO;
using System.Linq;
using TopoLang.Compiler.Emit;
using TopoLang.Compiler.Output;

namespace TopoLang.Tests.Output;

/// <summary>
/// A file's new bytes go through one buffer, compared with the file while they match and written
/// beside it from the first difference: the file ends with exactly the new bytes, or untouched
/// when they are the same, and never half written.
/// </summary>
public sealed class ReplacingFileWriterTests : IDisposable
{
    // Several of the writer's buffers, so that a difference can fall after the first.
    private const int LargeFile = (ReplacingFileWriter.BufferBytes * 3) + 1234;

    private static readonly DateTime LongAgo = new(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private readonly string _folder = Directory.CreateTempSubdirectory("topo-replace-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_new_file_gets_exactly_the_bytes_written_and_no_temporary_file_is_left()
    {
        var bytes = Pattern(LargeFile);

        var changed = WriteInPieces(Path.Combine(_folder, "new.bin"), bytes, pieceBytes: 1000);

        Assert.True(changed);
        Assert.Equal(bytes, File.ReadAllBytes(Path.Combine(_folder, "new.bin")));
        AssertNoTemporaryFile();
    }

    [Fact]
    public void The_same_bytes_over_several_buffers_leave_the_file_and_its_timestamp_alone()
    {
        var path = Existing("same.bin", Pattern(LargeFile));

        var changed = WriteInPieces(path, Pattern(LargeFile), pieceBytes: 777);

        Assert.False(changed);
        Assert.Equal(LongAgo, File.GetLastWriteTimeUtc(path));
        AssertNoTemporaryFile();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(ReplacingFileWriter.BufferBytes - 1)]
    [InlineData(ReplacingFileWriter.BufferBytes)]
    [InlineData(LargeFile - 1)]
    public void A_byte_changed_anywhere_replaces_the_file_with_the_new_bytes(int changedAt)
    {
        var path = Existing("changed.bin", Pattern(LargeFile));
        var bytes = Pattern(LargeFile);
        bytes[changedAt] ^= 0xFF;

        var changed = WriteInPieces(path, bytes, pieceBytes: 4096);

        Assert.True(changed);
        Assert.Equal(bytes, File.ReadAllBytes(path));
        AssertNoTemporaryFile();
    }

    [Fact]
    public void New_bytes_that_are_the_start_of_the_old_ones_cut_the_file_short()
    {
        var path = Existing("shorter.bin", Pattern(LargeFile));
        var bytes = Pattern(ReplacingFileWriter.BufferBytes + 10);

        Assert.True(WriteInPieces(path, bytes, pieceBytes: 512));
        Assert.Equal(bytes, File.ReadAllBytes(path));
    }

    [Fact]
    public void New_bytes_that_go_on_past_the_old_ones_replace_the_file()
    {
        var path = Existing("longer.bin", Pattern(ReplacingFileWriter.BufferBytes + 10));
        var bytes = Pattern(LargeFile);

        Assert.True(WriteInPieces(path, bytes, pieceBytes: 512));
        Assert.Equal(bytes, File.ReadAllBytes(path));
    }

    [Fact]
    public void A_piece_larger_than_the_buffer_and_a_request_for_more_room_than_it_has_both_arrive_whole()
    {
        var path = Path.Combine(_folder, "large-pieces.bin");
        var bytes = Pattern(LargeFile);
        var asked = (ReplacingFileWriter.BufferBytes * 2) + 5;
        using var writer = new ReplacingFileWriter();

        writer.Start(path);
        writer.Write(bytes.AsSpan(0, 10));
        writer.Write(bytes.AsSpan(10, ReplacingFileWriter.BufferBytes + 1));
        var room = writer.GetSpan(asked);
        Assert.True(room.Length >= asked);
        var rest = bytes.AsSpan(10 + ReplacingFileWriter.BufferBytes + 1);
        rest.CopyTo(room);
        writer.Advance(rest.Length);
        Commit(writer);

        Assert.Equal(bytes, File.ReadAllBytes(path));
    }

    [Fact]
    public void A_file_whose_bytes_fail_to_be_made_halfway_stays_as_it_was()
    {
        var path = Existing("kept.bin", Pattern(LargeFile));
        var failing = GeneratedFile.WrittenBy("kept.bin", output =>
        {
            output.Write(Pattern(ReplacingFileWriter.BufferBytes * 2).Select(b => (byte)(b + 1)).ToArray());
            throw new InvalidOperationException("the writer failed");
        });

        Assert.Throws<InvalidOperationException>(() => AtomicFileWriter.Write(path, failing));

        Assert.Equal(Pattern(LargeFile), File.ReadAllBytes(path));
        Assert.Equal(LongAgo, File.GetLastWriteTimeUtc(path));
        AssertNoTemporaryFile();
    }

    [Fact]
    public void One_writer_writes_many_files_of_any_size_one_after_another()
    {
        using var writer = new ReplacingFileWriter();
        var sizes = new[] { 0, 1, ReplacingFileWriter.BufferBytes, 3, LargeFile, 17 };
        for (var i = 0; i < sizes.Length; i++)
        {
            var path = Path.Combine(_folder, $"f{i}.bin");
            writer.Start(path);
            writer.Write(Pattern(sizes[i]));
            Commit(writer);
        }

        for (var i = 0; i < sizes.Length; i++)
        {
            Assert.Equal(Pattern(sizes[i]), File.ReadAllBytes(Path.Combine(_folder, $"f{i}.bin")));
        }
    }

    [Fact]
    public void A_file_of_another_length_than_the_new_bytes_is_replaced_without_being_compared()
    {
        var path = Existing("other-length.bin", Pattern(100));
        var bytes = Pattern(101);
        using var writer = new ReplacingFileWriter();

        writer.Start(path, newLength: bytes.Length);
        writer.Write(bytes);

        Assert.True(Commit(writer));
        Assert.Equal(bytes, File.ReadAllBytes(path));
    }

    // Bytes that differ from their neighbours and do not repeat with the buffer's size.
    private static byte[] Pattern(int length) => Enumerable.Range(0, length).Select(i => (byte)((i * 7) % 251)).ToArray();

    private string Existing(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        File.SetLastWriteTimeUtc(path, LongAgo);
        return path;
    }

    private static bool WriteInPieces(string path, byte[] bytes, int pieceBytes)
    {
        using var writer = new ReplacingFileWriter();
        writer.Start(path);
        for (var offset = 0; offset < bytes.Length; offset += pieceBytes)
        {
            var piece = bytes.AsSpan(offset, Math.Min(pieceBytes, bytes.Length - offset));
            piece.CopyTo(writer.GetSpan(piece.Length));
            writer.Advance(piece.Length);
        }

        return Commit(writer);
    }

    // What a build does with one file: stage its bytes, then put them in place; whether it changed.
    private static bool Commit(ReplacingFileWriter writer)
    {
        var pending = writer.Stage();
        pending?.Apply();
        return pending is not null;
    }

    private void AssertNoTemporaryFile() =>
        Assert.Empty(Directory.GetFiles(_folder, "*.tmp", SearchOption.AllDirectories));
}
