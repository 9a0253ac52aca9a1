namespace TopoLang.Compiler.Formatting;

/// <summary>Pieces <see cref="Start"/> to <see cref="End"/> (exclusive) of the file's piece list: items point into one shared array rather than each holding a copy.</summary>
internal readonly record struct PieceRange(int Start, int End)
{
    public static readonly PieceRange Empty = new(0, 0);

    public bool IsEmpty => End <= Start;
}
