using System.Collections.Generic;
using System.IO;
using System.Linq;
using TopoLang.Compiler;
using TopoLang.Compiler.Emit.CSharp;
using TopoLang.Compiler.Text;
using TopoLang.Tests.Infrastructure;

namespace TopoLang.Tests.Emit;

/// <summary>The C# of every valid input compiles with zero diagnostics, warnings as errors, nullable on.</summary>
public sealed class EmittedCodeCompilesTests
{
    [Theory]
    [MemberData(nameof(RepositoryTopologies.ValidRows), MemberType = typeof(RepositoryTopologies))]
    public void Emitted_code_of_a_valid_input_compiles_cleanly(string relativePath)
    {
        var compilation = TopoCompilation.FromFile(Path.Combine(RepositoryPaths.Root, relativePath));
        Assert.False(compilation.HasErrors);

        var file = compilation.Emit().Code;

        Assert.Empty(GeneratedCode.Diagnostics((file.RelativePath, file.Text)));
    }

    [Fact]
    public void A_topology_without_namespace_compiles_in_the_global_namespace_or_the_given_one()
    {
        var semantics = TopoCompilation.Create(SourceText.From("network lan { cidr \"10.0.0.0/24\" }\n", "lab.topo")).Semantics;

        Assert.Empty(GeneratedCode.Diagnostics(("a.g.cs", CSharpEmitter.Emit(semantics).Text)));
        Assert.Contains("namespace Fallback.Ns", CSharpEmitter.Emit(semantics, "Fallback.Ns").Text);
    }
}
