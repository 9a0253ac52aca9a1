using System.Collections.Immutable;
using System.Linq;
using TopoLang.Compiler;
using TopoLang.Compiler.Hosting;

namespace TopoLang.MsBuild;

/// <summary>
/// Compiles the TopoFile items that are entries (forced by Entry="true", or not imported by
/// another), with the files the last build saw imported last so that they are usually known as
/// imports before their turn.
/// </summary>
internal static class CompileStep
{
    public static BuildStep<ImmutableArray<CompiledEntry>> Run(TopoBuildRequest request, BuildLocations locations, TopoCompilationOptions options)
    {
        var lastImports = BuildStateFiles.ReadLastImports(request, locations);
        var compiled = EntrySetCompiler.Compile(EntryOrder.ImportsLast(BuildSources.Of(request, locations), lastImports), options);
        var messages = compiled.Unreadable.Select(Unreadable)
            .Concat(compiled.ParameterErrors.Select(error => BuildMessage.Error("TopoParameters: " + error)))
            .Concat(DiagnosticMessages.Of(compiled.Entries, locations))
            .ToImmutableArray();
        return new BuildStep<ImmutableArray<CompiledEntry>>(compiled.Entries, messages);
    }

    private static BuildMessage Unreadable(UnreadableEntry unreadable)
    {
        // The task has always said "no such file" for a file in a missing folder too.
        var reason = unreadable.Reason == UnreadableReason.NoSuchDirectory ? "no such file" : unreadable.Explanation;
        return BuildMessage.Error($"TopoFile '{unreadable.Candidate.CompilerPath}' cannot be read: {reason}", unreadable.Candidate.FullPath);
    }
}
