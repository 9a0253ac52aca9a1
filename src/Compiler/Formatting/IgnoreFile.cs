using System.Collections.Immutable;
using System.IO;
using System.Linq;

namespace TopoLang.Compiler.Formatting;

/// <summary>The `.topofmtignore` at the root of a folder walk: files and folders `topo fmt` leaves alone there.</summary>
public sealed class IgnoreFile
{
    public const string FileName = ".topofmtignore";

    public static readonly IgnoreFile None = new(ImmutableArray<IgnorePattern>.Empty);

    private readonly ImmutableArray<IgnorePattern> _patterns;

    private IgnoreFile(ImmutableArray<IgnorePattern> patterns)
    {
        _patterns = patterns;
    }

    public static IgnoreFile Parse(string text) =>
        new(text.Split('\n').Select(IgnorePattern.Parse).OfType<IgnorePattern>().ToImmutableArray());

    /// <summary>The ignore file of <paramref name="folder"/>, or <see cref="None"/> when it has none.</summary>
    public static IgnoreFile In(string folder)
    {
        var path = Path.Combine(folder, FileName);
        return File.Exists(path) ? Parse(File.ReadAllText(path)) : None;
    }

    public bool Ignores(string relativePath, bool isFolder) => _patterns.Any(pattern => pattern.Matches(relativePath, isFolder));
}
