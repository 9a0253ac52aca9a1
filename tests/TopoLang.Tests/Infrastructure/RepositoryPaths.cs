using System;
using System.IO;

namespace TopoLang.Tests.Infrastructure;

/// <summary>Finds files of the repository from the test's output folder.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    public static string Root => RootPath.Value;

    public static string TestCases => Path.Combine(Root, "tests", "TopoLang.Tests", "Cases");

    public static string Examples => Path.Combine(Root, "examples");

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "TopoLang.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("TopoLang.sln not found above " + AppContext.BaseDirectory);
    }
}
