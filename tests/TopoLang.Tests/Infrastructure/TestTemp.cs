using System;
using System.IO;

namespace TopoLang.Tests.Infrastructure;

/// <summary>Scratch folders for tests that hand files to other tools: all under one folder per test run, removed when the run ends.</summary>
public static class TestTemp
{
    private static readonly Lazy<string> RootFolder = new(() =>
    {
        var root = Directory.CreateTempSubdirectory("topo-tests-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(root, recursive: true);
            }
            catch (IOException)
            {
                // A tool may still hold a file; the folder is in the system's temp space anyway.
            }
        };
        return root;
    });

    public static string NewFolder(string prefix)
    {
        var folder = Path.Combine(RootFolder.Value, prefix + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }
}
