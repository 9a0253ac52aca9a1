using System.Collections.Immutable;
using TopoLang.Compiler.Text;

namespace TopoLang.Compiler.Diagnostics;

/// <summary>
/// One method per diagnostic code, the only way to build a <see cref="Diagnostic"/>: its
/// parameters name what goes in the message, so a call site cannot pass arguments in the wrong
/// order or of the wrong kind. It returns the diagnostic rather than reporting it, because
/// callers report into a <see cref="DiagnosticBag"/>, a rule's context or nowhere yet (a decode
/// error travels with its text), and some first add related locations. The methods are grouped
/// by the catalog's ranges, one file per range.
/// </summary>
public static partial class DiagnosticFactory
{
    // Every message is formatted here, invariantly, from parts the methods have already made text.
    private static Diagnostic Create(DiagnosticDescriptor descriptor, SourceLocation location, params string[] parts) =>
        new(descriptor, descriptor.DefaultSeverity, location, descriptor.FormatMessage(parts), ImmutableArray<RelatedLocation>.Empty);
}
