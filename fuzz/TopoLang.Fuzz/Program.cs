using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using SharpFuzz;

namespace TopoLang.Fuzz;

/// <summary>
/// `TopoLang.Fuzz` under afl-fuzz (no arguments: input on stdin, SharpFuzz's out-of-process fork
/// server, so that a hang or a stack overflow kills only the child); `--libfuzzer` for
/// libfuzzer-dotnet; `--replay PATH...` runs files or folders once each and reports exceptions,
/// time and allocation (FUZZ_VERBOSE=1: and the diagnostics; triage of afl-fuzz's crashes/ and hangs/).
/// </summary>
public static class Program
{
    /// <summary>A case slower than this is a hang (afl-fuzz is run with the same -t).</summary>
    private static readonly TimeSpan HangTime = TimeSpan.FromSeconds(2);

    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "--replay")
        {
            return Replay(args.Skip(1));
        }

        if (args.Length > 0 && args[0] == "--libfuzzer")
        {
            Fuzzer.LibFuzzer.Run(span => FuzzTarget.Run(span));
            return 0;
        }

        Fuzzer.OutOfProcess.Run(stream =>
        {
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            FuzzTarget.Run(memory.GetBuffer().AsSpan(0, (int)memory.Length));
        });
        return 0;
    }

    private static int Replay(IEnumerable<string> paths)
    {
        var files = paths
            .SelectMany(path => Directory.Exists(path) ? Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories) : [path])
            .Where(path => !Path.GetFileName(path).StartsWith("README", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        var verbose = Environment.GetEnvironmentVariable("FUZZ_VERBOSE") == "1";
        FuzzTarget.Run("topology warmup\n"u8);
        var findings = 0;
        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(file);
            var clock = Stopwatch.StartNew();
            try
            {
                var outcome = FuzzTarget.Run(bytes);
                clock.Stop();
                var slow = clock.Elapsed > HangTime;
                findings += slow ? 1 : 0;
                Console.WriteLine($"{(slow ? "HANG " : "ok   ")} {file}: {bytes.Length:N0} bytes, {clock.ElapsedMilliseconds:N0} ms, {outcome.AllocatedBytes / (1024 * 1024):N0} MiB allocated, {outcome.HeldBytes / (1024 * 1024):N0} MiB held, {outcome.Diagnostics.Count} diagnostics, {outcome.FilesEmitted} files emitted");
                if (verbose)
                {
                    outcome.Diagnostics.Take(20).ToList().ForEach(d => Console.WriteLine("      " + TopoLang.Compiler.Diagnostics.MsBuildDiagnosticFormatter.Format(d)));
                }
            }
            catch (Exception exception)
            {
                findings++;
                Console.WriteLine($"CRASH {file}: {bytes.Length:N0} bytes, {clock.ElapsedMilliseconds:N0} ms");
                Console.WriteLine(exception.ToString());
            }
        }

        Console.WriteLine($"{files.Count} cases, {findings} findings");
        return findings == 0 ? 0 : 1;
    }
}
