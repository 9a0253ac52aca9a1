using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using TopoLang.Compiler.Formatting;
using TopoLang.Compiler.Text;
using TopoLang.Tests.Infrastructure;

namespace TopoLang.Tests.Formatting;

/// <summary>The files the formatter is tested on: the examples, every golden input the parser accepts, and the formatter's own cases. Paths relative to the repository root.</summary>
public static class FormattingInputs
{
    public static string Cases => Path.Combine(RepositoryPaths.Root, "tests", "TopoLang.Tests", "Formatting", "Cases");

    public static IEnumerable<object[]> FormattableRows() =>
        Directory.GetFiles(RepositoryPaths.Examples, "*.topo", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(RepositoryPaths.TestCases, "*.topo", SearchOption.AllDirectories))
            .Concat(Directory.GetFiles(Cases, "*.topo"))
            .Where(path => !TopoFormatter.Format(SourceText.From(File.ReadAllText(path))).HasSyntaxErrors)
            .Select(path => Path.GetRelativePath(RepositoryPaths.Root, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .Select(path => new object[] { path });

    public static string Read(string relativePath) => File.ReadAllText(Path.Combine(RepositoryPaths.Root, relativePath));

    public static string Format(string text) =>
        TopoFormatter.Format(SourceText.From(text)).Formatted ?? throw new InvalidOperationException("the text has syntax errors");
}
