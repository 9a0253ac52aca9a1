using System.Collections.Concurrent;
using System.IO;
using TopoLang.Compiler.Formatting;
using TopoLang.Compiler.Text;
using TopoLang.Tests.Infrastructure;

namespace TopoLang.Tests.Formatting;

/// <summary>A scratch copy of a folder of the repository in which every .topo file the formatter accepts is formatted; made once per folder and run.</summary>
public static class FormattedCopy
{
    private static readonly ConcurrentDictionary<string, string> Copies = new();

    public static string Of(string folder) => Copies.GetOrAdd(Path.GetFullPath(folder), Make);

    private static string Make(string folder)
    {
        var copy = TestTemp.NewFolder("fmt-copy-");
        foreach (var file in Directory.GetFiles(folder, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(folder, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            var text = File.ReadAllText(file);
            var formatted = file.EndsWith(".topo", System.StringComparison.Ordinal) ? TopoFormatter.Format(SourceText.From(text)).Formatted : null;
            File.WriteAllText(target, formatted ?? text);
        }

        return copy;
    }
}
