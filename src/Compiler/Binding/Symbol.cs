using TopoLang.Compiler.Binding.Schema;
using TopoLang.Compiler.Text;

namespace TopoLang.Compiler.Binding;

/// <summary>
/// A declared entity: its name, kind, where it was declared, and the word that declared it
/// (`host`, `guest`). Not the bound entry: the symbols live to the end of binding, and the bound
/// blocks of a fleet need not (see <see cref="TopLevelProjection"/>).
/// </summary>
public sealed record Symbol(string Name, EntityKind Kind, SourceLocation Location, string Word)
{
    /// <summary>
    /// Declared by a statement the parser could not read (already reported): the name exists, so
    /// references to it are not undeclared, but nothing of it reaches the model.
    /// </summary>
    public bool IsBroken { get; init; }
}
