namespace TopoLang.Compiler.Text;

/// <summary>A span in a particular source text.</summary>
public sealed record SourceLocation(SourceText Source, TextSpan Span)
{
    public string Path => Source.Path;

    public LinePosition Start => Source.GetLinePosition(Span.Start);

    /// <summary>The position just after the span (end exclusive).</summary>
    public LinePosition End => Source.GetLinePosition(Span.End);
}
