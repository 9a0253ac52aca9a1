using TopoLang.Compiler.Text;

namespace TopoLang.Compiler.Model;

/// <summary>
/// A value of the model and where it was written; a default sits at the entry that owns it.
/// <see cref="Entry"/> is the word of the entry that holds the value (`mode` in `mode hvm`),
/// where rules about "the mode entry" point.
/// </summary>
public readonly record struct Located<T>(T Value, SourceLocation Location, bool IsDefault = false, SourceLocation Entry = default)
{
    /// <summary>The entry's word, or the value itself when no entry is known (<see cref="Entry"/> left at its default).</summary>
    // Not a nullable location: that would cost eight bytes more in each of a guest's ten values.
    public SourceLocation EntryLocation => Entry.Source is null ? Location : Entry;

    /// <summary>
    /// The written value was in error (already reported) and this is the default put in its place,
    /// so that consumers always have a value; rules skip it rather than report on it again.
    /// </summary>
    public bool InError { get; init; }

    /// <summary>The same place and flags holding another value, such as the text read into its type.</summary>
    public Located<TOut> Select<TOut>(System.Func<T, TOut> map) => new(map(Value), Location, IsDefault, Entry) { InError = InError };

    /// <summary>The same place and flags holding <paramref name="value"/>, read from this one already (no delegate to call, or to allocate for a captured value).</summary>
    public Located<TOut> WithValue<TOut>(TOut value) => new(value, Location, IsDefault, Entry) { InError = InError };

    public override string ToString() => Value?.ToString() ?? string.Empty;
}
