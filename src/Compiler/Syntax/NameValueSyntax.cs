namespace TopoLang.Compiler.Syntax;

/// <summary>An identifier in value position: an enum word, a reference, or a param or loop variable.</summary>
public sealed record NameValueSyntax : TokenValueSyntax
{
    private string? _name;
    private Parsing.SourceNames? _names;

    public NameValueSyntax(SyntaxToken token, string name)
        : base(token)
    {
        _name = name;
    }

    /// <summary>The name; for a node read ahead of its binder, made when first read (<see cref="Parsing.SourceNames"/>).</summary>
    public string Name => _name ??= _names!.NameOf(Token.Span);

    public bool Equals(NameValueSyntax? other) => other is not null && base.Equals(other) && Name == other.Name;

    public override int GetHashCode() => System.HashCode.Combine(base.GetHashCode(), Name);

    /// <summary>Fills the node again with a name to be made from <paramref name="names"/> when read.</summary>
    internal void Reuse(SyntaxToken token, Parsing.SourceNames names)
    {
        Reuse(token);
        _name = null;
        _names = names;
    }
}
