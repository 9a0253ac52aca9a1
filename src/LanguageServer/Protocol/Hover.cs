namespace TopoLang.LanguageServer.Protocol;

public sealed record Hover(MarkupContent Contents, Range? Range);

/// <summary>Text for people; <see cref="Kind"/> is "markdown" or "plaintext".</summary>
public sealed record MarkupContent(string Kind, string Value)
{
    public static MarkupContent Markdown(string value) => new("markdown", value);
}
