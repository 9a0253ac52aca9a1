using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace TopoLang.Tests.Infrastructure;

/// <summary>
/// Compiles generated C# the way a user's project would: against TopoLang.Runtime and the
/// framework, nullable on, documentation checked, every warning an error.
/// </summary>
public static class GeneratedCode
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) is "netstandard.dll" or "mscorlib.dll")
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .Append(MetadataReference.CreateFromFile(typeof(TopoLang.Runtime.Topology).Assembly.Location))
            .ToImmutableArray());

    public static CSharpCompilation Compilation(params (string Path, string Text)[] files)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Diagnose);
        var trees = files.Select(file => CSharpSyntaxTree.ParseText(file.Text, parseOptions, file.Path));
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, generalDiagnosticOption: ReportDiagnostic.Error, deterministic: true);
        return CSharpCompilation.Create("Generated" + Guid.NewGuid().ToString("N"), trees, References.Value, options);
    }

    /// <summary>Every diagnostic of compiling the files, warnings included (they are errors here).</summary>
    public static ImmutableArray<Diagnostic> Diagnostics(params (string Path, string Text)[] files) =>
        Compilation(files).GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToImmutableArray();

    /// <summary>Compiles and loads the files; fails the test with the compiler's messages when they do not compile.</summary>
    public static Assembly Load(params (string Path, string Text)[] files)
    {
        using var stream = new MemoryStream();
        var result = Compilation(files).Emit(stream);
        if (!result.Success)
        {
            throw new Xunit.Sdk.XunitException("The generated code does not compile:\n" + string.Join("\n", result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).Take(20)));
        }

        stream.Position = 0;
        return new AssemblyLoadContext(null, isCollectible: true).LoadFromStream(stream);
    }

    /// <summary>The generated `Model` of a topology class in a loaded assembly.</summary>
    public static TopoLang.Runtime.Topology Model(Assembly assembly, string fullClassName)
    {
        var type = assembly.GetType(fullClassName) ?? throw new Xunit.Sdk.XunitException($"No class {fullClassName} in the generated code.");
        try
        {
            return (TopoLang.Runtime.Topology)type.GetProperty("Model")!.GetValue(null)!;
        }
        catch (TargetInvocationException exception)
        {
            throw new Xunit.Sdk.XunitException("Reading the generated Model threw: " + exception.InnerException);
        }
    }
}
