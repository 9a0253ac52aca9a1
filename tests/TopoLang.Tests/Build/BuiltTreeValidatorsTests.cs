using System;
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
        ExternalTool.Require("virsh", "apt-get install libvirt-clients");
        ExternalTool.Require("virt-xml-validate", "apt-get install libvirt-clients libxml2-utils");
        ExternalTool.Require("/usr/lib/xen-4.17/bin/xl", "apt-get install --no-install-recommends xen-utils-4.17");
        ExternalTool.Require("nop", "apt-get install graphviz");
        ExternalTool.Require("/usr/lib/python3/dist-packages/heat/__init__.py", "apt-get install --no-install-recommends python3-heat");
        Assert.Equal(0, CliRunner.Run("build", Path.Combine(RepositoryPaths.Examples, "datacenter", "datacenter.topo"), "-o", _output).ExitCode);
        var tree = Path.Combine(_output, "datacenter");
        var validators = ExternalTool.SharedValidators;

        foreach (var file in Directory.GetFiles(tree, "*", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(tree, file).Replace('\\', '/');
            foreach (var check in ChecksFor(relative, file, validators))
            {
                var result = check();
                Assert.True(result.ExitCode == 0 && !result.Error.Contains("error:", StringComparison.Ordinal), $"{relative}: {result.Combined}");
            }
        }
    }

    private static Func<ToolResult>[] ChecksFor(string relative, string file, string validators) => relative switch
    {
        _ when relative.StartsWith("hosts/", StringComparison.Ordinal) && relative.EndsWith(".xml", StringComparison.Ordinal) => new Func<ToolResult>[]
        {
            () => ExternalTool.Run("virt-xml-validate", file, "domain"),
            () => ExternalTool.Run("virsh", "-c", "test:///default", "define", "--validate", file),
        },
        _ when relative.StartsWith("networks/", StringComparison.Ordinal) => new Func<ToolResult>[]
        {
            () => ExternalTool.Run("virt-xml-validate", file, "network"),
            () => ExternalTool.Run("virsh", "-c", "test:///default", "net-define", "--validate", file),
        },
        _ when relative.EndsWith(".cfg", StringComparison.Ordinal) => new Func<ToolResult>[] { () => ExternalTool.Run("sh", Path.Combine(validators, "xlcheck.sh"), file) },
        _ when relative.EndsWith(".hot.yaml", StringComparison.Ordinal) => new Func<ToolResult>[] { () => ExternalTool.Run("/usr/bin/python3", Path.Combine(validators, "heatcheck.py"), file) },
        _ when relative.EndsWith(".cloudstack.json", StringComparison.Ordinal) || relative.EndsWith(".cmk", StringComparison.Ordinal) =>
            new Func<ToolResult>[] { () => ExternalTool.Run("/usr/bin/python3", Path.Combine(validators, "cscheck.py"), file) },
        _ when relative.EndsWith(".dot", StringComparison.Ordinal) => new Func<ToolResult>[] { () => ExternalTool.Run("nop", file) },
        _ => Array.Empty<Func<ToolResult>>(),
    };
}
