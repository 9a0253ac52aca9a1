using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using TopoLang.Compiler;
using TopoLang.Compiler.Binding.Imports;
using TopoLang.Compiler.Diagnostics;
using TopoLang.Compiler.Emit;
using TopoLang.Compiler.Output;

namespace TopoLang.MsBuild;

/// <summary>
/// One run of TopoLang inside a build: compiles every entry file through
/// <see cref="TopoCompilation"/>, reports every diagnostic, and, only when there is no error
/// anywhere, writes each topology's C# and artifacts, removes what an earlier run wrote and this
/// one did not, and records the outputs and the imports for the next build's Inputs/Outputs.
/// With an error nothing is written, so the previous outputs stay as they were.
/// </summary>
internal sealed class TopoBuild
{
    private readonly TopoBuildRequest _request;
    private readonly IBuildLog _log;
    private readonly string _projectDirectory;
    private readonly string _codeDirectory;
    private readonly string _artifactsDirectory;
    private bool _failed;

    private TopoBuild(TopoBuildRequest request, IBuildLog log)
    {
        _request = request;
        _log = log;
        _projectDirectory = FullDirectory(request.ProjectDirectory);
        _codeDirectory = FullDirectory(Path.Combine(_projectDirectory, request.CodeDirectory));
        _artifactsDirectory = FullDirectory(Path.Combine(_projectDirectory, request.ArtifactsDirectory));
    }

    /// <summary>Runs the build; the outputs are empty when it failed (see <see cref="IBuildLog"/> for why).</summary>
    public static TopoBuildResult Run(TopoBuildRequest request, IBuildLog log) => new TopoBuild(request, log).Run();

    private TopoBuildResult Run()
    {
        var stopwatch = Stopwatch.StartNew();
        var options = Options();
        var compiled = _failed ? new List<Entry>() : CompileEntries(options);
        var emitted = _failed ? new List<Emitted>() : Emit(compiled);
        if (_failed)
        {
            return TopoBuildResult.Failed;
        }

        List<GeneratedOutput> outputs;
        try
        {
            outputs = Write(emitted);
            WriteState(outputs, compiled);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            _log.Error(null, null, 0, 0, 0, 0, "TopoLang could not write its outputs: " + exception.Message);
            return TopoBuildResult.Failed;
        }

        _log.Detail($"TopoLang {TaskVersion.Informational}: {compiled.Count} topolog{(compiled.Count == 1 ? "y" : "ies")} from {_request.Sources.Count} TopoFile item(s) in {stopwatch.ElapsedMilliseconds} ms");
        return new TopoBuildResult(true, outputs);
    }

    // ---- options ----

    private TopoCompilationOptions Options()
    {
        var diagnostics = new DiagnosticOptions
        {
            WarningsAsErrors = _request.TreatWarningsAsErrors,
            ErrorCodes = TopoCodes(_request.WarningsAsErrors, strictProperty: null),
            NoWarnCodes = TopoCodes(_request.NoWarn, strictProperty: "TopoNoWarn").Union(TopoCodes(_request.ProjectNoWarn, strictProperty: null)),
        };
        return new TopoCompilationOptions
        {
            Parameters = ParseParameters(_request.Parameters),
            ProjectRoot = string.IsNullOrWhiteSpace(_request.ProjectRoot) ? _projectDirectory : FullDirectory(Path.Combine(_projectDirectory, _request.ProjectRoot)),
            DefaultNamespace = string.IsNullOrWhiteSpace(_request.DefaultNamespace) ? null : _request.DefaultNamespace.Trim(),
            Diagnostics = diagnostics,
        };
    }

    /// <summary>
    /// The TOPO codes of a list. A Topo* property must hold only TopoLang codes; a property shared
    /// with the C# compiler (NoWarn, WarningsAsErrors) is filtered to the codes TopoLang knows.
    /// </summary>
    private ImmutableHashSet<string> TopoCodes(IEnumerable<string> values, string? strictProperty)
    {
        var codes = ImmutableHashSet.CreateBuilder<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var code in values.SelectMany(v => v.Split(new[] { ',', ';', ' ', '\t', '\n', '\r' }, StringSplitOptions.RemoveEmptyEntries)))
        {
            if (DiagnosticCatalog.TryGet(code, out _))
            {
                codes.Add(code);
            }
            else if (strictProperty is not null)
            {
                Fail($"{strictProperty}: '{code}' is not a TopoLang diagnostic code (`topo explain CODE` lists them)");
            }
        }

        return codes.ToImmutable();
    }

    private ImmutableDictionary<string, string> ParseParameters(IEnumerable<string> assignments)
    {
        var parameters = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var assignment in assignments.Where(a => !string.IsNullOrWhiteSpace(a)))
        {
            var equals = assignment.IndexOf('=');
            if (equals <= 0 || assignment[..equals].Trim().Length == 0)
            {
                Fail($"TopoParameters: '{assignment.Trim()}': write NAME=VALUE, several separated by ';'");
                continue;
            }

            parameters[assignment[..equals].Trim()] = assignment[(equals + 1)..];
        }

        return parameters.ToImmutable();
    }

    // ---- compiling ----

    private sealed record Source(string FullPath, string CompilerPath, bool? Entry);

    private sealed record Entry(Source Source, TopoCompilation Compilation);

    private List<Entry> CompileEntries(TopoCompilationOptions options)
    {
        var sources = Sources();
        var lastImports = ReadLines(_request.DependencyFile).ToHashSet(PathComparer);

        // Forced entries first, then the rest with the files the last build saw imported last and
        // the shallowest paths first, so that an import is usually known as one before its turn.
        var ordered = sources
            .Where(s => s.Entry != false)
            .OrderBy(s => s.Entry == true ? 0 : 1)
            .ThenBy(s => lastImports.Contains(s.FullPath) ? 1 : 0)
            .ThenBy(s => s.FullPath.Count(c => c == Path.DirectorySeparatorChar))
            .ThenBy(s => s.FullPath, StringComparer.Ordinal);

        var imported = new HashSet<string>(PathComparer);
        var compiled = new List<Entry>();
        foreach (var source in ordered)
        {
            if (source.Entry is null && imported.Contains(source.FullPath))
            {
                continue;
            }

            var compilation = Compile(source, options);
            if (compilation is null)
            {
                continue;
            }

            compiled.Add(new Entry(source, compilation));
            imported.UnionWith(compilation.Units.Where(u => u.Kind == SourceUnitKind.Import).Select(u => u.FullPath));
        }

        // A file compiled as an entry before another entry turned out to import it is an import.
        var entries = compiled.Where(e => e.Source.Entry == true || !imported.Contains(e.Source.FullPath)).ToList();
        entries = ApplyParametersPerTopology(entries, options);
        Report(entries);
        return entries;
    }

    /// <summary>TopoParameters apply to every topology that declares them; a name none declares is an error.</summary>
    private List<Entry> ApplyParametersPerTopology(List<Entry> entries, TopoCompilationOptions options)
    {
        var result = ParametersPerTopology.Apply(entries, e => e.Compilation, (e, own) => Compile(e.Source, own) is { } recompiled ? e with { Compilation = recompiled } : e, options);
        foreach (var error in ParametersPerTopology.UsageErrors(result.Select(e => e.Compilation)))
        {
            Fail("TopoParameters: " + error);
        }

        return result;
    }

    private TopoCompilation? Compile(Source source, TopoCompilationOptions options)
    {
        string? reason = null;
        if (Directory.Exists(source.FullPath))
        {
            reason = "it is a directory";
        }
        else
        {
            try
            {
                return TopoCompilation.FromFile(source.CompilerPath, options);
            }
            catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
            {
                reason = "no such file";
            }
            catch (UnauthorizedAccessException)
            {
                reason = "permission denied";
            }
            catch (IOException exception)
            {
                reason = exception.Message;
            }
        }

        _failed = true;
        _log.Error(null, source.FullPath, 0, 0, 0, 0, $"TopoFile '{source.CompilerPath}' cannot be read: {reason}");
        return null;
    }

    /// <summary>
    /// The TopoFile items, once each. The compiler sees paths relative to the project folder
    /// (MSBuild runs tasks there), so that generated code and plans name `../x/lab.topo`, not a
    /// path of this machine; diagnostics are reported with full paths, as the C# compiler does.
    /// </summary>
    private List<Source> Sources()
    {
        var relative = string.Equals(FullDirectory(Directory.GetCurrentDirectory()), _projectDirectory, PathComparison);
        var seen = new HashSet<string>(PathComparer);
        var sources = new List<Source>();
        foreach (var item in _request.Sources)
        {
            var fullPath = Path.GetFullPath(Path.Combine(_projectDirectory, item.Path));
            if (seen.Add(fullPath))
            {
                sources.Add(new Source(fullPath, relative ? Path.GetRelativePath(_projectDirectory, fullPath) : fullPath, item.Entry));
            }
        }

        return sources;
    }

    private void Report(IEnumerable<Entry> entries)
    {
        // Two entries that import one file would report its findings twice.
        var seen = new HashSet<(string, string, int, int, int, int, string)>();
        foreach (var diagnostic in entries.SelectMany(e => e.Compilation.GetDiagnostics()))
        {
            var location = diagnostic.Location;
            var file = string.IsNullOrEmpty(location.Path) ? null : Path.GetFullPath(Path.Combine(_projectDirectory, location.Path));
            var (start, end) = (location.Start, location.End);
            if (!seen.Add((diagnostic.Code, file ?? string.Empty, start.Line, start.Column, end.Line, end.Column, diagnostic.Message)))
            {
                continue;
            }

            var message = DiagnosticText.OneLine(diagnostic.Message);
            if (diagnostic.IsError)
            {
                _failed = true;
                _log.Error(diagnostic.Code, file, start.Line, start.Column, end.Line, end.Column, message);
            }
            else
            {
                _log.Warning(diagnostic.Code, file, start.Line, start.Column, end.Line, end.Column, message);
            }
        }
    }

    // ---- emitting and writing ----

    private sealed record Emitted(Entry Entry, string Name, GeneratedFile Code, ImmutableArray<GeneratedFile> Artifacts);

    private List<Emitted> Emit(List<Entry> entries)
    {
        if (_failed)
        {
            return new List<Emitted>();
        }

        var emitted = new List<Emitted>();
        var byName = new Dictionary<string, Entry>(StringComparer.OrdinalIgnoreCase);
        var byCodeFile = new Dictionary<string, Entry>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in entries)
        {
            var name = entry.Compilation.Model.Name;
            var files = entry.Compilation.Emit(_codeDirectory, outputDirectory: Path.Combine(_artifactsDirectory, name));
            var code = files.Code;
            var codeFile = Path.GetFileName(code.RelativePath);

            // Both would write one folder of artifacts (names differing in case collide on some systems) or one C# file.
            if (byName.TryGetValue(name, out var first) || byCodeFile.TryGetValue(codeFile, out first))
            {
                Fail($"'{entry.Source.CompilerPath}' and '{first.Source.CompilerPath}' both make topology '{name}' ({codeFile}): give one of them another `topology` name, or mark a file that is only imported with Entry=\"false\"", entry.Source.FullPath);
                continue;
            }

            byName.Add(name, entry);
            byCodeFile.Add(codeFile, entry);
            emitted.Add(new Emitted(entry, name, code, files.Artifacts));
        }

        return emitted;
    }

    private List<GeneratedOutput> Write(List<Emitted> emitted)
    {
        var (codeDirectory, artifactsDirectory) = (_codeDirectory, _artifactsDirectory);
        var outputs = new List<GeneratedOutput>();
        foreach (var item in emitted)
        {
            var codePath = Path.Combine(codeDirectory, Path.GetFileName(item.Code.RelativePath));
            var changed = AtomicFileWriter.Write(codePath, item.Code.Text);
            outputs.Add(new GeneratedOutput(codePath, GeneratedOutputKind.Code, item.Name));
            var message = $"TopoLang: {item.Entry.Source.CompilerPath} -> {codePath}{(changed ? string.Empty : " (unchanged)")}";
            if (_request.EmitArtifacts)
            {
                var folder = Path.Combine(artifactsDirectory, item.Name);
                foreach (var path in OutputTree.Write(folder, item.Artifacts))
                {
                    var kind = Path.GetFileName(path) == OutputTree.ManifestName ? GeneratedOutputKind.Manifest : GeneratedOutputKind.Artifact;
                    outputs.Add(new GeneratedOutput(path, kind, item.Name));
                }

                message += $", {item.Artifacts.Length} artifacts in {folder}";
            }

            _log.Message(message);
        }

        var current = outputs.Select(o => o.FullPath).ToHashSet(PathComparer);
        var stale = ReadLines(_request.OutputsFile).Where(path => Path.IsPathRooted(path) && !current.Contains(path)).ToList();
        StaleFiles.Delete(stale.Where(p => IsInside(p, codeDirectory)), codeDirectory);
        StaleFiles.Delete(stale.Where(p => IsInside(p, artifactsDirectory)), artifactsDirectory);
        foreach (var path in stale.Where(p => !IsInside(p, codeDirectory) && !IsInside(p, artifactsDirectory)))
        {
            StaleFiles.Delete(new[] { path }, Path.GetDirectoryName(path)!);
        }

        return outputs;
    }

    private void WriteState(IReadOnlyList<GeneratedOutput> outputs, IEnumerable<Entry> entries)
    {
        var imports = entries
            .SelectMany(e => e.Compilation.Units)
            .Where(u => u.Kind == SourceUnitKind.Import)
            .Select(u => u.FullPath)
            .Distinct(PathComparer)
            .OrderBy(p => p, StringComparer.Ordinal);
        AtomicFileWriter.Write(FullPath(_request.DependencyFile), Lines(imports));

        // The outputs list is also the target's stamp: touched on every successful run, so that the
        // next build can skip the target while generated files whose bytes did not change keep
        // their old timestamps (and CoreCompile stays skipped too).
        var outputsFile = FullPath(_request.OutputsFile);
        if (!AtomicFileWriter.Write(outputsFile, Lines(outputs.Select(o => o.FullPath).OrderBy(p => p, StringComparer.Ordinal))))
        {
            File.SetLastWriteTimeUtc(outputsFile, DateTime.UtcNow);
        }
    }

    // ---- helpers ----

    private static StringComparer PathComparer => OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    private static StringComparison PathComparison => OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    private void Fail(string message, string? file = null)
    {
        _failed = true;
        _log.Error(null, file, 0, 0, 0, 0, message);
    }

    private string FullPath(string path) => Path.GetFullPath(Path.Combine(_projectDirectory, path));

    private static string FullDirectory(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));

    private static bool IsInside(string path, string directory) =>
        path.StartsWith(directory + Path.DirectorySeparatorChar, PathComparison);

    private IEnumerable<string> ReadLines(string path)
    {
        var fullPath = FullPath(path);
        return File.Exists(fullPath) ? File.ReadAllLines(fullPath).Where(line => line.Length > 0) : Enumerable.Empty<string>();
    }

    private static string Lines(IEnumerable<string> lines) => string.Concat(lines.Select(line => line + "\n"));
}

/// <summary>Whether the run succeeded, and the files it wrote or left unchanged.</summary>
internal sealed record TopoBuildResult(bool Success, IReadOnlyList<GeneratedOutput> Outputs)
{
    public static readonly TopoBuildResult Failed = new(false, Array.Empty<GeneratedOutput>());
}
