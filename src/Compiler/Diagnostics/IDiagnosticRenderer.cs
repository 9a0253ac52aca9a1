using System.Collections.Generic;
using System.IO;

namespace TopoLang.Compiler.Diagnostics;

/// <summary>
/// One output form of diagnostics (`check --format text|json|sarif`). Renderers print the
/// diagnostics in the order given; callers sort them with <see cref="DiagnosticOrder"/>.
/// </summary>
public interface IDiagnosticRenderer
{
    void Render(TextWriter writer, IEnumerable<Diagnostic> diagnostics);
}
