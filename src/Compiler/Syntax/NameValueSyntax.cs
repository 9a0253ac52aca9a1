namespace TopoLang.Compiler.Syntax;

/// <summary>An identifier in value position: an enum word, a reference, or a param or loop variable.</summary>
public sealed record NameValueSyntax : TokenValueSyntax
{
    public NameValueSyntax(SyntaxToken token, string name)
        : base(token)
    {
        Name = name;
    }

    public string Name { get; private set; }

    internal void Reuse(SyntaxToken token, string name)
    {
        Reuse(token);
        Name = name;
    }
}
