using System;
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
/// Runs the real consumers of our artifacts (virsh, xl, Heat, Graphviz, ...). In CI (CI=true) a
/// missing tool fails the test, since .ci/run installs them all; elsewhere the test is skipped
/// with a message saying what to install.
/// </summary>
public static class ExternalTool
{
    public static string SharedValidators => Path.Combine(RepositoryPaths.Root, "..", "shared", "validators");

    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Skips (locally) or fails (in CI) unless <paramref name="path"/> exists.</summary>
    public static void Require(string path, string install)
    {
        var found = Path.IsPathRooted(path) ? File.Exists(path) : FindOnPath(path) is not null;
        if (found)
        {
            return;
        }

        var message = $"'{path}' is not installed ({install})";
        if (InCi)
        {
            throw new Xunit.Sdk.XunitException(message + ": .ci/run should have installed it");
        }

        Skip.If(true, message);
    }

    public static ToolResult Run(string fileName, params string[] arguments) => Run(TimeSpan.FromSeconds(120), fileName, arguments);

    public static ToolResult Run(TimeSpan timeout, string fileName, params string[] arguments) => RunIn(null, timeout, fileName, arguments);

    /// <summary>Runs a tool from another working directory (null: this process's).</summary>
    public static ToolResult RunIn(string? workingDirectory, TimeSpan timeout, string fileName, params string[] arguments)
    {
        var start = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = workingDirectory ?? string.Empty };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start " + fileName);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit((int)timeout.TotalMilliseconds))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} did not finish in {timeout.TotalSeconds} s");
        }

        return new ToolResult(process.ExitCode, output.Result, error.Result);
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator)
            .Select(directory => Path.Combine(directory, name))
            .FirstOrDefault(File.Exists);
}
