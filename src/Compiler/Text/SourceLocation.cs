namespace TopoLang.Compiler.Text;

/// <summary>
/// A span in a particular source text. A struct: every entry and value of a large topology has
/// one, and as objects they were a fifth of the objects the collector had to trace.
/// </summary>
public readonly record struct SourceLocation(SourceText Source, TextSpan Span)
{
    public string Path => Source.Path;

    public LinePosition Start => Source.GetLinePosition(Span.Start);

    /// <summary>The position just after the span (end exclusive).</summary>
    public LinePosition End => Source.GetLinePosition(Span.End);
}
