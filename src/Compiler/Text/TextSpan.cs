namespace TopoLang.Compiler.Text;

/// <summary>A range of UTF-16 code units in a source text; <see cref="End"/> is exclusive.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;

    public static TextSpan FromBounds(int start, int end) => new(start, end - start);

    public bool Contains(int position) => position >= Start && position < End;

    public override string ToString() => $"[{Start}..{End})";
}
