using System;

namespace TopoLang.Compiler.Emit.Targets;

/// <summary>
/// Where a disk's image lives: `FOLDER/GUEST-DISK.FORMAT` (libvirt's pool) or `FOLDER/DISK.FORMAT`
/// (a Xen domU's own folder). Formatted where it is written, into a step's command, without a
/// string of its own: a fleet's plan makes 100,000 disks.
/// </summary>
/// <param name="Guest">The guest the file name begins with, or null when the folder is the guest's own.</param>
internal readonly record struct DiskImagePath(string Folder, string? Guest, string Disk, string Format) : ISpanFormattable
{
    public override string ToString() => string.Create(null, $"{this}");

    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        Guest is null
            ? destination.TryWrite(provider, $"{Folder}/{Disk}.{Format}", out charsWritten)
            : destination.TryWrite(provider, $"{Folder}/{Guest}-{Disk}.{Format}", out charsWritten);
}
