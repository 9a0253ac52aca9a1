using System;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using TopoLang.Compiler;
using TopoLang.Compiler.Hosting;

namespace TopoLang.MsBuild;

/// <summary>
/// One run of TopoLang inside a build: compiles every entry file through
/// <see cref="TopoCompilation"/>, reports every diagnostic, and, only when there is no error
/// anywhere, writes each topology's C# and artifacts, removes what an earlier run wrote and this
/// one did not, and records the outputs and the imports for the next build's Inputs/Outputs.
/// With an error nothing is written, so the previous outputs stay as they were.
/// </summary>
internal static class TopoBuild
{
    /// <summary>Runs the build; the outputs are empty when it failed (see <see cref="IBuildLog"/> for why).</summary>
    public static TopoBuildResult Run(TopoBuildRequest request, IBuildLog log)
    {
        var stopwatch = Stopwatch.StartNew();
        var locations = BuildLocations.Of(request);

        var options = OptionsStep.Run(request, locations);
        log.Report(options.Messages);
        if (options.Failed)
        {
            return TopoBuildResult.Failed;
        }

        var compiled = CompileStep.Run(request, locations, options.Value);
        log.Report(compiled.Messages);
        if (compiled.Failed)
        {
            return TopoBuildResult.Failed;
        }

        var emitted = EmitStep.Run(compiled.Value, locations);
        log.Report(emitted.Messages);
        if (emitted.Failed)
        {
            return TopoBuildResult.Failed;
        }

        var result = Write(request, locations, compiled.Value, emitted.Value, log);
        if (result.Success)
        {
            var count = compiled.Value.Length;
            log.Detail($"TopoLang {TaskVersion.Informational}: {count} topolog{(count == 1 ? "y" : "ies")} from {request.Sources.Count} TopoFile item(s) in {stopwatch.ElapsedMilliseconds} ms");
        }

        return result;
    }

    /// <summary>Writes the outputs, removes stale ones and records the state; a file that cannot be written fails the build.</summary>
    private static TopoBuildResult Write(TopoBuildRequest request, BuildLocations locations, ImmutableArray<CompiledEntry> entries, ImmutableArray<EmittedEntry> emitted, IBuildLog log)
    {
        try
        {
            var outputs = WriteStep.Run(emitted, request, locations, log);
            StaleOutputCleanup.Run(BuildStateFiles.ReadLastOutputs(request, locations), outputs, locations);
            BuildStateFiles.Write(request, locations, outputs, entries);
            return new TopoBuildResult(true, outputs);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            log.Error(null, null, 0, 0, 0, 0, "TopoLang could not write its outputs: " + exception.Message);
            return TopoBuildResult.Failed;
        }
    }
}
