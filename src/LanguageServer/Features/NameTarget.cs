using System.Collections.Immutable;
using TopoLang.Compiler.Binding;
using TopoLang.Compiler.Text;

namespace TopoLang.LanguageServer.Features;

/// <summary>
/// A declared name under the cursor: a host, network, cloud, provider, guest (a <see cref="Symbol"/>),
/// or a param or loop variable; where it is declared and every place that uses it, in any file.
/// </summary>
public sealed record NameTarget(string Name, string Kind, SourceLocation Declaration, ImmutableArray<SourceLocation> References, Symbol? Symbol)
{
    /// <summary>Declared in the prelude (`kt-cloud-d1`): no file of the workspace holds it.</summary>
    public bool IsBuiltIn => Declaration.Path.StartsWith('<');
}
