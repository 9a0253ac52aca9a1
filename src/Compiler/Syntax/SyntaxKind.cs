namespace TopoLang.Compiler.Syntax;

/// <summary>The kinds of tokens. Words like `host` or `kvm` are identifiers: the schema, not the grammar, gives them meaning.</summary>
public enum SyntaxKind : byte
{
    EndOfFile,
    Newline,
    Semicolon,
    OpenBrace,
    CloseBrace,
    OpenBracket,
    CloseBracket,
    Comma,
    Colon,
    Equals,
    DotDot,
    Dot,
    Identifier,
    Number,
    Quantity,
    String,
    TopologyKeyword,
    NamespaceKeyword,
    ImportKeyword,
    ParamKeyword,
    ForKeyword,
    InKeyword,
    TrueKeyword,
    FalseKeyword,
}
