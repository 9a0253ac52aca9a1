namespace TopoLang.LanguageServer.Protocol;

/// <summary>One line of the outline: a declared name, its whole statement, and what it holds.</summary>
public sealed record DocumentSymbol(string Name, string? Detail, int Kind, Range Range, Range SelectionRange, DocumentSymbol[] Children);

/// <summary>The LSP numbers of the symbol kinds the outline uses.</summary>
public static class SymbolKind
{
    public const int Module = 2;
    public const int Namespace = 3;
    public const int Class = 5;
    public const int Object = 19;
    public const int Variable = 13;
    public const int Interface = 11;
    public const int Struct = 23;
}
