using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using TopoLang.Tests.Cli;
using TopoLang.Tests.Infrastructure;

namespace TopoLang.Tests.Build;

/// <summary>
/// Every file `topo build` writes for the example passes the real tool that consumes it:
/// libvirt's schema and parser, xl's parser, Heat's validation, CloudStack's required
/// parameters, Graphviz. (Each writer's own tests cover every valid input; this one covers the
/// tree as an operator receives it.)
/// </summary>
public sealed class BuiltTreeValidatorsTests : IDisposable
{
    private readonly string _output = Directory.CreateTempSubdirectory("topo-tree-").FullName;

    public void Dispose() => Directory.Delete(_output, recursive: true);

    [SkippableFact]
    public void Every_file_of_the_built_example_passes_its_real_validator()
    {
        Assert.Equal(0, CliRunner.Run("build", Path.Combine(RepositoryPaths.Examples, "datacenter", "datacenter.topo"), "-o", _output).ExitCode);
        var tree = Path.Combine(_output, "datacenter");
        var checkedKinds = new SortedSet<string>(StringComparer.Ordinal);

        foreach (var file in Directory.GetFiles(tree, "*", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(tree, file).Replace('\\', '/');
            foreach (var (kind, check) in ChecksFor(relative, file))
            {
                var result = check();
                Assert.True(result.ExitCode == 0 && !result.Error.Contains("error:", StringComparison.Ordinal), $"{relative}: {result.Combined}");
                checkedKinds.Add(kind);
            }
        }

        Assert.Equal(new[] { "cloudstack", "graphviz", "heat", "libvirt-domain", "libvirt-network", "xl" }, checkedKinds);
    }

    private static (string Kind, Func<ToolResult> Check)[] ChecksFor(string relative, string file) => relative switch
    {
        _ when relative.StartsWith("hosts/", StringComparison.Ordinal) && relative.EndsWith(".xml", StringComparison.Ordinal) => new (string, Func<ToolResult>)[]
        {
            ("libvirt-domain", () => ExternalTool.Run(TestTools.VirtXmlValidate, file, "domain")),
            ("libvirt-domain", () => ExternalTool.Run(TestTools.Virsh, "-c", "test:///default", "define", "--validate", file)),
        },
        _ when relative.StartsWith("networks/", StringComparison.Ordinal) => new (string, Func<ToolResult>)[]
        {
            ("libvirt-network", () => ExternalTool.Run(TestTools.VirtXmlValidate, file, "network")),
            ("libvirt-network", () => ExternalTool.Run(TestTools.Virsh, "-c", "test:///default", "net-define", "--validate", file)),
        },
        _ when relative.EndsWith(".cfg", StringComparison.Ordinal) => new (string, Func<ToolResult>)[] { ("xl", () => RepositoryValidators.Xl(new[] { file })) },
        _ when relative.EndsWith(".hot.yaml", StringComparison.Ordinal) => new (string, Func<ToolResult>)[] { ("heat", () => RepositoryValidators.Heat(new[] { file })) },
        _ when relative.EndsWith(".cloudstack.json", StringComparison.Ordinal) || relative.EndsWith(".cmk", StringComparison.Ordinal) =>
            new (string, Func<ToolResult>)[] { ("cloudstack", () => RepositoryValidators.CloudStack(new[] { file })) },
        _ when relative.EndsWith(".dot", StringComparison.Ordinal) => new (string, Func<ToolResult>)[] { ("graphviz", () => ExternalTool.Run(TestTools.GraphvizNop, file)) },
        _ => Array.Empty<(string, Func<ToolResult>)>(),
    };
}
