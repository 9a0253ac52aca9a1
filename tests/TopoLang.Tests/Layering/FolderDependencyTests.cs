using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TopoLang.Tests.Infrastructure;

namespace TopoLang.Tests.Layering;

/// <summary>
/// Every name used in src/Compiler is resolved with Roslyn, so that a qualified name or a
/// `using static` is caught as surely as a `using`: no folder uses a folder above it.
/// </summary>
public sealed class FolderDependencyTests
{
    [Fact]
    public void No_compiler_folder_uses_a_folder_above_it()
    {
        var compilation = CompileCompilerSources();
        AssertCompiles(compilation);
        var violations = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var tree in compilation.SyntaxTrees)
        {
            // Every file declares one file-scoped namespace, which names its folder's floor.
            if (tree.GetRoot().DescendantNodes().OfType<BaseNamespaceDeclarationSyntax>().FirstOrDefault() is not { } declaration)
            {
                continue;
            }

            var userFloor = CompilerFloors.Of(declaration.Name.ToString());
            var model = compilation.GetSemanticModel(tree);
            foreach (var name in tree.GetRoot().DescendantNodes().OfType<SimpleNameSyntax>())
            {
                if (UsedNamespace(model.GetSymbolInfo(name).Symbol) is { } used && CompilerFloors.IsCompilerNamespace(used)
                    && CompilerFloors.Level(CompilerFloors.Of(used)) > CompilerFloors.Level(userFloor))
                {
                    violations.Add($"{Path.GetRelativePath(RepositoryPaths.Root, tree.FilePath)}: {userFloor} uses {CompilerFloors.Of(used)}");
                }
            }
        }

        Assert.True(violations.Count == 0, "Folders use folders above them:\n" + string.Join("\n", violations));
    }

    private static string? UsedNamespace(ISymbol? symbol) => symbol switch
    {
        null => null,
        INamespaceSymbol => null,
        INamedTypeSymbol type => type.ContainingNamespace?.ToDisplayString(),
        _ => symbol.ContainingType?.ContainingNamespace?.ToDisplayString(),
    };

    private static CSharpCompilation CompileCompilerSources()
    {
        var folder = Path.Combine(RepositoryPaths.Root, "src", "Compiler");
        var options = new CSharpParseOptions(LanguageVersion.Preview);
        var trees = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(path => !IsBuildOutput(folder, path))
            .Select(path => CSharpSyntaxTree.ParseText(File.ReadAllText(path), options, path));
        return CSharpCompilation.Create(
            // The real name, so that the Runtime's InternalsVisibleTo applies.
            "TopoLang.Compiler",
            trees,
            References(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: true));
    }

    /// <summary>The framework and the compiler's own dependencies (Pidgin, Roslyn, YamlDotNet, the Runtime).</summary>
    private static IEnumerable<MetadataReference> References()
    {
        var framework = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var dependencies = new[]
        {
            typeof(Pidgin.Parser).Assembly,
            typeof(YamlDotNet.Serialization.ISerializer).Assembly,
            typeof(TopoLang.Runtime.Size).Assembly,
            typeof(CSharpCompilation).Assembly,
            typeof(Compilation).Assembly,
        }.Select(assembly => assembly.Location);
        return framework.Concat(dependencies)
            .Where(path => Path.GetFileNameWithoutExtension(path) != "TopoLang.Compiler")
            .DistinctBy(Path.GetFileName)
            .Select(path => MetadataReference.CreateFromFile(path));
    }

    /// <summary>
    /// Names resolve only when the sources compile: a name Roslyn cannot bind would slip through
    /// unchecked. Source generators do not run here, so their partial members are the one allowed gap.
    /// </summary>
    private static void AssertCompiles(CSharpCompilation compilation)
    {
        var errors = compilation.GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error && d.Id != "CS8795")
            .Select(d => d.ToString())
            .ToList();
        Assert.True(errors.Count == 0, "src/Compiler does not compile on its own here:\n" + string.Join("\n", errors.Take(20)));
    }

    private static bool IsBuildOutput(string folder, string path)
    {
        var relative = Path.GetRelativePath(folder, path).Replace('\\', '/');
        return relative.StartsWith("bin/", StringComparison.Ordinal) || relative.StartsWith("obj/", StringComparison.Ordinal);
    }
}
