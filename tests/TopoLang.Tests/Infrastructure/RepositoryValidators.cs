using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace TopoLang.Tests.Infrastructure;

/// <summary>
/// The validators of tests/validators: Xen's xl parser run without a hypervisor, Heat's own
/// template validation run offline, and CloudStack's required parameters. Each takes files,
/// prints a line per file or problem, and exits 0 when every file passes.
/// </summary>
public static class RepositoryValidators
{
    public static string Folder => Path.Combine(RepositoryPaths.Root, "tests", "validators");

    private static string XlValidate => Path.Combine(Folder, "xen", "xl-validate.sh");

    private static string HeatValidate => Path.Combine(Folder, "heat", "heat-validate.py");

    private static string CloudStackValidate => Path.Combine(Folder, "cloudstack", "cloudstack-validate.py");

    /// <summary>`xl -N create` on each file: any error or warning fails.</summary>
    public static ToolResult Xl(IEnumerable<string> paths)
    {
        RequireXl();
        return ExternalTool.RunScript(TimeSpan.FromMinutes(2), XlValidate, paths.ToArray());
    }

    /// <summary>The domain configuration xl built from one file, as JSON.</summary>
    public static ToolResult XlJson(string path)
    {
        RequireXl();
        return ExternalTool.RunScript(TimeSpan.FromMinutes(1), XlValidate, "--json", path);
    }

    /// <summary>Heat's template and stack validation of each file (starting Heat takes seconds: pass many at once).</summary>
    public static ToolResult Heat(IEnumerable<string> paths)
    {
        ExternalTool.Require(TestTools.SystemPython);
        ExternalTool.Require(TestTools.HeatPackage);
        return ExternalTool.Run(TimeSpan.FromMinutes(5), TestTools.SystemPython, paths.Prepend(HeatValidate).ToArray());
    }

    /// <summary>CloudStack's required parameters and accepted values for every call of each file (.json or .cmk).</summary>
    public static ToolResult CloudStack(IEnumerable<string> paths) =>
        ExternalTool.Run(TimeSpan.FromMinutes(1), TestTools.SystemPython, paths.Prepend(CloudStackValidate).ToArray());

    private static void RequireXl()
    {
        ExternalTool.Require(TestTools.Xl);
        ExternalTool.Require(TestTools.Gcc);
    }
}
