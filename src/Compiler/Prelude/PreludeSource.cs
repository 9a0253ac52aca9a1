using System;
using System.IO;
using TopoLang.Compiler.Syntax;
using TopoLang.Compiler.Text;

namespace TopoLang.Compiler.Prelude;

/// <summary>The built-in `prelude.topo`, parsed once per process.</summary>
public static class PreludeSource
{
    public const string Path = "<prelude>/prelude.topo";

    private static readonly Lazy<SyntaxTree> Tree = new(Parse);

    public static SyntaxTree SyntaxTree => Tree.Value;

    private static SyntaxTree Parse()
    {
        using var stream = typeof(PreludeSource).Assembly.GetManifestResourceStream("TopoLang.Compiler.Prelude.prelude.topo")
            ?? throw new InvalidOperationException("The prelude is not embedded in the compiler.");
        using var reader = new StreamReader(stream);
        var tree = Syntax.SyntaxTree.Parse(SourceText.From(reader.ReadToEnd(), Path));
        if (!tree.Diagnostics.IsEmpty)
        {
            throw new InvalidOperationException("The prelude does not parse: " + tree.Diagnostics[0].Message);
        }

        return tree;
    }
}
