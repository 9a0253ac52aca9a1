namespace TopoLang.Compiler.Binding.Values;

/// <summary>A byte count, or why there is none (then <see cref="Bytes"/> is 0).</summary>
public readonly record struct ByteSizeResult(long Bytes, ByteSizeError Error)
{
    public bool Succeeded => Error == ByteSizeError.None;
}
