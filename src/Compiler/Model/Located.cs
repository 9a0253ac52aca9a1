using TopoLang.Compiler.Text;

namespace TopoLang.Compiler.Model;

/// <summary>A value of the model and where it was written; a default sits at the entry that owns it.</summary>
public readonly record struct Located<T>(T Value, SourceLocation Location, bool IsDefault = false)
{
    public override string ToString() => Value?.ToString() ?? string.Empty;
}
