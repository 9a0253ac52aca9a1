namespace TopoLang.Compiler.Model;

/// <summary>
/// A value written as a string (an address, a CIDR) and read once, in binding: the text as
/// written, which messages and artifacts repeat, and the value read from it, or why it does not
/// read (TOPO5001 reports <see cref="Error"/>; everyone else skips what is not valid).
/// </summary>
public readonly record struct ParsedText<T>(string Text, T? Value, string Error)
{
    public bool IsValid => Error.Length == 0;

    public override string ToString() => Text;
}
