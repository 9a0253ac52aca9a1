namespace TopoLang.Compiler.Text;

/// <summary>A 1-based line and column; columns count UTF-16 code units and a tab counts one.</summary>
public readonly record struct LinePosition(int Line, int Column)
{
    public override string ToString() => $"{Line},{Column}";
}
