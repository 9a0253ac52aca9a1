using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using TopoLang.Compiler;
using TopoLang.Compiler.Diagnostics;
using TopoLang.Compiler.Hosting;

namespace TopoLang.Cli.Commands;

/// <summary>Reads the entry files; one that cannot be read is a usage error (exit 2), not a crash.</summary>
internal static class SourceLoader
{
    /// <summary>
    /// Compiles each entry file, in the order given; a `-p` applies to the files that declare it
    /// (as TopoParameters do in MSBuild), and one that no file declares, or a value that does not
    /// fit, is a usage error.
    /// </summary>
    public static List<TopoCompilation> Compile(IReadOnlyList<string> paths, TopoCompilationOptions options) =>
        CompileWithoutCollections.Run(paths, () => CompileEach(paths, options));

    /// <summary>
    /// As <see cref="Compile"/>, and reports on the compilations (prints their diagnostics) in the
    /// same stretch without collections: for a command that does nothing else with them.
    /// </summary>
    public static T CompileAndReport<T>(IReadOnlyList<string> paths, TopoCompilationOptions options, Func<List<TopoCompilation>, T> report) =>
        CompileWithoutCollections.Run(paths, () => report(CompileEach(paths, options)));

    private static List<TopoCompilation> CompileEach(IReadOnlyList<string> paths, TopoCompilationOptions options)
    {
        var compiled = EntrySetCompiler.Compile(paths.Select(path => new EntryCandidate(path, Path.GetFullPath(path), Entry: true)), options);
        if (!compiled.Unreadable.IsEmpty)
        {
            var unreadable = compiled.Unreadable[0];
            throw new UsageException($"cannot read '{unreadable.Candidate.CompilerPath}': {unreadable.Explanation}");
        }

        if (!compiled.ParameterErrors.IsEmpty)
        {
            throw new UsageException(string.Join("\ntopo: error: ", compiled.ParameterErrors));
        }

        return compiled.Entries.Select(e => e.Compilation).ToList();
    }

    /// <summary>
    /// Compiles one entry file for a command that prints something made from it (`plan`,
    /// `graph`): its diagnostics go to standard error, and null means it has errors (exit 1).
    /// </summary>
    public static TopoCompilation? CompileOne(string path, TopoCompilationOptions options, CliEnvironment environment)
    {
        var compilation = Compile(new[] { path }, options).Single();
        new MsBuildDiagnosticFormatter().Render(environment.Error, compilation.GetDiagnostics());
        return compilation.HasErrors ? null : compilation;
    }
}
