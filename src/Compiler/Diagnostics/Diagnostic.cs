using System.Collections.Immutable;
using TopoLang.Compiler.Text;

namespace TopoLang.Compiler.Diagnostics;

/// <summary>One finding: a code at a primary location with its message, help and related places. <see cref="DiagnosticFactory"/> makes them.</summary>
public sealed record Diagnostic(
    DiagnosticDescriptor Descriptor,
    DiagnosticSeverity Severity,
    SourceLocation Location,
    string Message,
    ImmutableArray<RelatedLocation> Related)
{
    public string Code => Descriptor.Code;

    public string Help => Descriptor.Help;

    public bool IsError => Severity == DiagnosticSeverity.Error;

    public Diagnostic WithRelated(params RelatedLocation[] related) => this with { Related = Related.AddRange(related) };
}
