namespace TopoLang.Benchmarks.CharLevel.Tree;

/// <summary>A stretch of the source text: offset and length in UTF-16 code units.</summary>
public readonly record struct CharRange(int Start, int Length)
{
    public int End => Start + Length;

    public static CharRange FromBounds(int start, int end) => new(start, end - start);
}
