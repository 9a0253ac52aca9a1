using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics;
using System.IO;
using System.Linq;

namespace TopoLang.Tests.Infrastructure;

/// <summary>The result of running a real tool on an artifact.</summary>
public sealed record ToolResult(int ExitCode, string Out, string Error)
{
    public string Combined => (Out + "\n" + Error).Trim();
}

/// <summary>
/// Runs the real consumers of our artifacts (virsh, xl, Heat, Graphviz, ...). A test that needs
/// a tool the machine lacks is skipped with the reason and the install command; in CI (CI=true)
/// it fails instead, since .ci/run installs every tool (eng/install-test-tools.sh).
/// </summary>
public static class ExternalTool
{
    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Skips (locally) or fails (in CI) unless the tool is installed.</summary>
    public static void Require(Tool tool)
    {
        if (IsInstalled(tool.Command))
        {
            return;
        }

        Missing($"'{tool.Command}' is not installed ({tool.Install})");
    }

    /// <summary>Skips (locally) or fails (in CI) unless `npm ci` has run in an npm folder of the repository (eng/install-test-tools.sh runs it).</summary>
    public static void RequireNpmPackages(string folder)
    {
        if (Directory.Exists(Path.Combine(folder, "node_modules")))
        {
            return;
        }

        var relative = Path.GetRelativePath(RepositoryPaths.Root, folder).Replace('\\', '/');
        Missing($"{relative}/node_modules is missing: run eng/install-test-tools.sh (or npm ci in {relative})");
    }

    public static ToolResult Run(Tool tool, params string[] arguments) => Run(TimeSpan.FromSeconds(120), tool, arguments);

    /// <summary>Runs the tool, after <see cref="Require"/>: a missing tool never surfaces as a process-start exception.</summary>
    public static ToolResult Run(TimeSpan timeout, Tool tool, params string[] arguments)
    {
        Require(tool);
        return Start(null, null, timeout, tool.Command, arguments);
    }

    /// <summary>Runs the tool from a working directory with extra environment variables (Ansible's, to keep its files in a scratch folder).</summary>
    public static ToolResult RunWith(string workingDirectory, IReadOnlyDictionary<string, string> environment, TimeSpan timeout, Tool tool, params string[] arguments)
    {
        Require(tool);
        return Start(workingDirectory, environment, timeout, tool.Command, arguments);
    }

    /// <summary>Runs a program that is always there (dotnet itself) from another working directory (null: this process's).</summary>
    public static ToolResult RunIn(string? workingDirectory, TimeSpan timeout, string fileName, params string[] arguments) =>
        Start(workingDirectory, null, timeout, fileName, arguments);

    /// <summary>Runs a script of the repository (its interpreter comes from its #! line).</summary>
    public static ToolResult RunScript(TimeSpan timeout, string script, params string[] arguments)
    {
        if (!File.Exists(script))
        {
            throw new Xunit.Sdk.XunitException($"the repository's validator {script} is missing");
        }

        return Start(null, null, timeout, script, arguments);
    }

    private static ToolResult Start(string? workingDirectory, IReadOnlyDictionary<string, string>? environment, TimeSpan timeout, string fileName, string[] arguments)
    {
        var start = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = workingDirectory ?? string.Empty };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = StartOrReport(start);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit((int)timeout.TotalMilliseconds))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} did not finish in {timeout.TotalSeconds} s");
        }

        return new ToolResult(process.ExitCode, output.Result, error.Result);
    }

    private static Process StartOrReport(ProcessStartInfo start)
    {
        try
        {
            return Process.Start(start) ?? throw new InvalidOperationException("Could not start " + start.FileName);
        }
        catch (Win32Exception exception)
        {
            Missing($"'{start.FileName}' could not be started: {exception.Message}");
            throw;
        }
    }

    private static void Missing(string message)
    {
        if (InCi)
        {
            throw new Xunit.Sdk.XunitException(message + ": .ci/run (eng/install-test-tools.sh) should have installed it");
        }

        Skip.If(true, message);
    }

    private static bool IsInstalled(string command) =>
        Path.IsPathRooted(command) ? File.Exists(command) : FindOnPath(command) is not null;

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, name))
            .FirstOrDefault(File.Exists);
}
