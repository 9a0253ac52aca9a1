using System;
using System.IO;
using System.Linq;
using Xunit.Sdk;

namespace TopoLang.Tests.Infrastructure;

/// <summary>
/// Golden files: the expected text lives next to the input. Set TOPO_UPDATE_GOLDEN=1 to
/// rewrite them from the actual output (see README.md), then review the diff in git.
/// </summary>
public static class Golden
{
    public static bool Updating => Environment.GetEnvironmentVariable("TOPO_UPDATE_GOLDEN") == "1";

    public static void AssertMatches(string goldenPath, string actual)
    {
        actual = actual.Replace("\r\n", "\n");
        if (Updating)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(goldenPath)!);
            File.WriteAllText(goldenPath, actual);
            return;
        }

        if (!File.Exists(goldenPath))
        {
            throw new XunitException($"No golden file {goldenPath}. Run the tests with TOPO_UPDATE_GOLDEN=1 to create it.\nActual:\n{actual}");
        }

        var expected = File.ReadAllText(goldenPath).Replace("\r\n", "\n");
        if (expected != actual)
        {
            throw new XunitException($"{Path.GetFileName(goldenPath)} differs (TOPO_UPDATE_GOLDEN=1 rewrites it):\n{Diff(expected, actual)}");
        }
    }

    /// <summary>A line diff: enough to see what changed without a diff tool.</summary>
    private static string Diff(string expected, string actual)
    {
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        var lines = Enumerable.Range(0, Math.Max(expectedLines.Length, actualLines.Length))
            .Where(i => i >= expectedLines.Length || i >= actualLines.Length || expectedLines[i] != actualLines[i])
            .Take(20)
            .SelectMany(i => new[]
            {
                $"line {i + 1}:",
                "- " + (i < expectedLines.Length ? expectedLines[i] : "(none)"),
                "+ " + (i < actualLines.Length ? actualLines[i] : "(none)"),
            });
        return string.Join("\n", lines);
    }
}
