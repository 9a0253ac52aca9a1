using System.IO;
using TopoLang.Tests.Infrastructure;

namespace TopoLang.Tests.LanguageServer;

/// <summary>A scratch copy of examples/datacenter: the workspace root the language-server tests open.</summary>
public static class ExampleCopy
{
    public static string Datacenter()
    {
        var root = TestTemp.NewFolder("lsp-");
        var from = Path.Combine(RepositoryPaths.Examples, "datacenter");
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(root, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return root;
    }
}
