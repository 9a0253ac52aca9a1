using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Xml;
using TopoLang.Compiler;
using TopoLang.Compiler.Binding.Imports;
using TopoLang.Compiler.Diagnostics;
using TopoLang.Compiler.Syntax;

namespace TopoLang.Fuzz;

/// <summary>
/// What the fuzzer runs on every input, and what the regression test runs on every file of
/// tests/TopoLang.Tests/Cases/fuzz (the test project compiles this file too): the bytes decoded
/// as the compiler decodes a file, then parse, bind and validate, the diagnostics rendered in
/// every form the CLI prints, and, when there are no errors, every file emitted and parsed back.
/// Any exception escaping <see cref="Run"/> is a finding; so is a case that holds more than
/// <see cref="MemoryBudget"/> at its end (runaway memory). Time is the fuzzer's to guard
/// (afl-fuzz -t 2000), not this code's: what a case allocates in all is time, not memory.
/// </summary>
public static class FuzzTarget
{
    /// <summary>Bytes the heap may hold at the end of a case, its compilation and output still alive.</summary>
    public const long MemoryBudget = 2L * 1024 * 1024 * 1024;

    /// <summary>Below this many bytes allocated in all, the case cannot hold more than the budget: the (costly) precise measure is skipped.</summary>
    private const long MeasureAbove = 256L * 1024 * 1024;

    public const string Root = "/fuzz";

    public const string EntryPath = Root + "/input.topo";

    /// <summary>
    /// The one file the input may import besides itself (`import "input.topo"` is a cycle): the
    /// example's common/networks.topo, embedded under <see cref="LibraryResource"/>, so that the
    /// example and the test cases that import it compile whole.
    /// </summary>
    public const string LibraryPath = Root + "/common/networks.topo";

    public const string LibraryResource = "TopoLang.Fuzz.common.networks.topo";

    private static readonly string Library = ReadLibrary();

    public static FuzzOutcome Run(ReadOnlySpan<byte> input)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var (text, encoding) = SourceFile.Decode(input.ToArray(), EntryPath);
        var files = new InMemoryFileSystem().Add(EntryPath, text.Text).Add(LibraryPath, Library);
        var options = new TopoCompilationOptions { FileSystem = files, ProjectRoot = Root, DefaultNamespace = "Fuzz" };
        var compilation = TopoCompilation.Create(text, options);

        var diagnostics = new List<Diagnostic>(compilation.GetDiagnostics());
        if (encoding is not null)
        {
            diagnostics.Insert(0, encoding);
        }

        Render(diagnostics);
        var emitted = new List<Compiler.Emit.GeneratedFile>();
        if (!compilation.HasErrors)
        {
            var paths = new HashSet<string>(StringComparer.Ordinal);
            foreach (var file in compilation.Emit().All)
            {
                CheckPath(file.RelativePath, paths);
                ParseBack(file.RelativePath, file.Text);
                emitted.Add(file);
            }
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        var held = 0L;
        if (allocated > MeasureAbove)
        {
            held = GC.GetTotalMemory(forceFullCollection: true);
            GC.KeepAlive(compilation);
            GC.KeepAlive(emitted);
            if (held > MemoryBudget)
            {
                throw new FuzzFindingException(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"the case holds {held:N0} bytes, more than the budget of {MemoryBudget:N0}"));
            }
        }

        return new FuzzOutcome(diagnostics, compilation.HasErrors, emitted.Count, allocated, held);
    }

    private static string ReadLibrary()
    {
        using var stream = typeof(FuzzTarget).Assembly.GetManifestResourceStream(LibraryResource)
            ?? throw new InvalidOperationException($"resource {LibraryResource} is missing");
        return new StreamReader(stream).ReadToEnd();
    }

    private static void Render(IReadOnlyList<Diagnostic> diagnostics)
    {
        IDiagnosticRenderer[] renderers =
        [
            new MsBuildDiagnosticFormatter(),
            new TerminalDiagnosticRenderer(useColor: true),
            new JsonDiagnosticRenderer(),
            new SarifDiagnosticRenderer("0.0.0-fuzz"),
        ];
        foreach (var renderer in renderers)
        {
            var writer = new StringWriter();
            renderer.Render(writer, diagnostics);
            var output = writer.ToString();
            if (renderer is JsonDiagnosticRenderer or SarifDiagnosticRenderer)
            {
                using var _ = JsonDocument.Parse(output);
            }
        }
    }

    /// <summary>A build writes each file under its topology's folder: no rooted path, no `..`, no two files at one path.</summary>
    private static void CheckPath(string path, HashSet<string> seen)
    {
        if (path.Length == 0 || Path.IsPathRooted(path) || path.Contains('\\') || path.Contains('\0')
            || Array.Exists(path.Split('/'), segment => segment is "" or "." or ".."))
        {
            throw new FuzzFindingException($"emitted file has an unsafe path: '{path}'");
        }

        if (!seen.Add(path))
        {
            throw new FuzzFindingException($"two emitted files share the path '{path}'");
        }
    }

    /// <summary>Every artifact in a structured format must parse back.</summary>
    private static void ParseBack(string path, string text)
    {
        if (path.EndsWith(".json", StringComparison.Ordinal))
        {
            using var _ = JsonDocument.Parse(text);
        }
        else if (path.EndsWith(".xml", StringComparison.Ordinal))
        {
            new XmlDocument { XmlResolver = null }.LoadXml(text);
        }
        else if (path.EndsWith(".yaml", StringComparison.Ordinal))
        {
            new YamlDotNet.RepresentationModel.YamlStream().Load(new StringReader(text));
        }
    }
}

/// <summary>What a case gave; <see cref="HeldBytes"/> is measured only past 256 MiB allocated (0 below).</summary>
public sealed record FuzzOutcome(IReadOnlyList<Diagnostic> Diagnostics, bool HasErrors, int FilesEmitted, long AllocatedBytes, long HeldBytes);

/// <summary>A case the harness itself judges wrong (over budget, unsafe output), as opposed to an exception of the compiler.</summary>
public sealed class FuzzFindingException(string message) : Exception(message);
