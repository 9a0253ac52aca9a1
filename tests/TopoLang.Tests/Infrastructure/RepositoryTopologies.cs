using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using TopoLang.Compiler;
using TopoLang.Compiler.Emit;
using TopoLang.Compiler.Semantics;

namespace TopoLang.Tests.Infrastructure;

/// <summary>
/// The topologies of the repository that compile clean, on which the emitters, the plan and
/// determinism are tested: the example data center, the example of each platform and every near-miss case. Paths are
/// relative to the repository root, for readable test names, in ordinal order.
/// </summary>
public static class RepositoryTopologies
{
    private static readonly ConcurrentDictionary<string, TopologySemantics> Analyses = new(StringComparer.Ordinal);

    public static string Datacenter => Path.Combine(RepositoryPaths.Examples, "datacenter", "datacenter.topo");

    /// <summary>The example of each platform besides the data center (examples/NAME/NAME.topo), each without errors or warnings.</summary>
    public static IEnumerable<string> PlatformExamples =>
        new[] { "qemu-lab", "cloudstack", "kt-g2", "openstack-private" }.Select(name => Path.Combine(RepositoryPaths.Examples, name, name + ".topo"));

    public static IEnumerable<string> Valid() =>
        Directory.GetFiles(RepositoryPaths.TestCases, "near-miss*.topo", SearchOption.AllDirectories)
            .Append(Datacenter)
            .Concat(PlatformExamples)
            .Select(path => Path.GetRelativePath(RepositoryPaths.Root, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    /// <summary><see cref="Valid"/> as xunit rows.</summary>
    public static IEnumerable<object[]> ValidRows() => Valid().Select(path => new object[] { path });

    /// <summary>
    /// The rows of the valid topologies for which <paramref name="write"/> makes at least one file:
    /// a row that would check no file is not a test.
    /// </summary>
    public static IEnumerable<object[]> RowsWith(Func<TopologySemantics, IEnumerable<GeneratedFile>> write) =>
        Valid().Where(path => write(Analyses.GetOrAdd(path, p => Compile(p).Semantics)).Any()).Select(path => new object[] { path });

    /// <summary>
    /// Compiles a topology that the tests take as valid (a path relative to the repository root,
    /// or a full path). An error in it fails the test that uses it: a valid input that stopped
    /// compiling must never turn a test into one that checks nothing.
    /// </summary>
    public static TopoCompilation Compile(string path)
    {
        var compilation = TopoCompilation.FromFile(Path.Combine(RepositoryPaths.Root, path));
        Assert.False(compilation.HasErrors, $"{path} is a valid input of the tests but has errors:\n" + string.Join("\n", compilation.GetDiagnostics().Select(d => $"{d.Location} {d.Code} {d.Message}")));
        return compilation;
    }
}
