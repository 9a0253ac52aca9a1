namespace TopoLang.LanguageServer.Protocol;

public sealed record CompletionItem(string Label, int Kind, string? Detail, MarkupContent? Documentation = null);

public sealed record CompletionList(bool IsIncomplete, CompletionItem[] Items);

/// <summary>The LSP numbers of the completion kinds the server uses.</summary>
public static class CompletionItemKind
{
    public const int Keyword = 14;
    public const int EnumMember = 20;
    public const int Reference = 18;
    public const int Variable = 6;
    public const int Value = 12;
}
