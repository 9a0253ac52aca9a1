using System;
using TopoLang.Tests.Infrastructure;

namespace TopoLang.Tests.Artifacts.Libvirt;

/// <summary>
/// libvirt's own checks, one file per call: the RelaxNG schema (`virt-xml-validate`) and the
/// parser of the test driver (`virsh -c test:///default define --validate`), which runs in
/// virsh without a daemon. `error:` on stderr fails as surely as an exit code.
/// </summary>
internal static class LibvirtTools
{
    public static void Require()
    {
        ExternalTool.Require(TestTools.VirtXmlValidate);
        ExternalTool.Require(TestTools.XmlLint);
        ExternalTool.Require(TestTools.Virsh);
    }

    /// <summary>Null when both tools accept the file, else what they said.</summary>
    public static string? Problems(string path, bool isNetwork)
    {
        var schema = ExternalTool.Run(TestTools.VirtXmlValidate, path, isNetwork ? "network" : "domain");
        var parser = ExternalTool.Run(TestTools.Virsh, "-c", "test:///default", isNetwork ? "net-define" : "define", "--validate", path);
        return Failed(schema) || Failed(parser)
            ? $"{path}\nvirt-xml-validate ({schema.ExitCode}): {schema.Combined}\nvirsh ({parser.ExitCode}): {parser.Combined}"
            : null;
    }

    /// <summary>Runs one virsh command line (several commands joined by `;`) against a fresh test driver.</summary>
    public static ToolResult Virsh(string commands) => ExternalTool.Run(TestTools.Virsh, "-c", "test:///default", commands);

    public static bool Failed(ToolResult result) =>
        result.ExitCode != 0 || result.Error.Contains("error:", StringComparison.Ordinal);
}
