using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text;
using TopoLang.Tests.Infrastructure;

namespace TopoLang.Tests.MsBuild;

/// <summary>
/// Runs `dotnet` as a separate process, as a user would, with an environment cleaned of what a
/// test host inherits from the build that started it (MSBuild's own paths) and with no process
/// left behind: no MSBuild node reuse, no compiler server.
/// </summary>
public static class DotNet
{
    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    public static DotNetResult Run(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] arguments) =>
        Run(Timeout, workingDirectory, environment, arguments);

    /// <summary>As <see cref="Run(string, IReadOnlyDictionary{string, string}?, string[])"/>, for a command that may take longer than <see cref="Timeout"/> (compiling ahead of time).</summary>
    public static DotNetResult Run(TimeSpan timeout, string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || k.StartsWith("MSBUILD_", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(key);
        }

        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        start.Environment["UseSharedCompilation"] = "false";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var stopwatch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.Append(e.Data).Append('\n'); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.Append(e.Data).Append('\n'); } } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit((int)timeout.TotalMilliseconds))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet {string.Join(' ', arguments)} did not finish in {timeout.TotalMinutes} minutes:\n{output}");
        }

        process.WaitForExit();
        lock (output)
        {
            return new DotNetResult(string.Join(' ', arguments), process.ExitCode, output.ToString(), stopwatch.Elapsed);
        }
    }

    /// <summary>The configuration this test assembly was built in, so that packing reuses that build.</summary>
    public static string Configuration =>
#if DEBUG
        "Debug";
#else
        "Release";
#endif

    public static string Repository => RepositoryPaths.Root;
}

public sealed record DotNetResult(string Command, int ExitCode, string Output, TimeSpan Elapsed)
{
    public override string ToString() => $"dotnet {Command} (exit {ExitCode}, {Elapsed.TotalSeconds:0.0} s)\n{Output}";
}
