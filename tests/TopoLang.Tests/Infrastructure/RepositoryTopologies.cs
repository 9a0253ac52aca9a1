using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace TopoLang.Tests.Infrastructure;

/// <summary>
/// The topologies of the repository that compile clean, on which the emitters, the plan and
/// determinism are tested: the example data center and every near-miss case. Paths are
/// relative to the repository root, for readable test names, in ordinal order.
/// </summary>
public static class RepositoryTopologies
{
    public static string Datacenter => Path.Combine(RepositoryPaths.Examples, "datacenter", "datacenter.topo");

    public static IEnumerable<string> Valid() =>
        Directory.GetFiles(RepositoryPaths.TestCases, "near-miss*.topo", SearchOption.AllDirectories)
            .Append(Datacenter)
            .Select(path => Path.GetRelativePath(RepositoryPaths.Root, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    /// <summary><see cref="Valid"/> as xunit rows.</summary>
    public static IEnumerable<object[]> ValidRows() => Valid().Select(path => new object[] { path });
}
