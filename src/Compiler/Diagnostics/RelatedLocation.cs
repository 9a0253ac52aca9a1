using TopoLang.Compiler.Text;

namespace TopoLang.Compiler.Diagnostics;

/// <summary>Another place that explains a diagnostic ("first declared here").</summary>
public sealed record RelatedLocation(SourceLocation Location, string Message);
