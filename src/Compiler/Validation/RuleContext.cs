using TopoLang.Compiler.Diagnostics;
using TopoLang.Compiler.Model;
using TopoLang.Compiler.Semantics;

namespace TopoLang.Compiler.Validation;

/// <summary>What a rule sees: the model, the analyses of it that rules share, and where to report.</summary>
public sealed class RuleContext
{
    private readonly DiagnosticBag _diagnostics;

    public RuleContext(TopologySemantics semantics, DiagnosticBag diagnostics)
    {
        Semantics = semantics;
        _diagnostics = diagnostics;
    }

    public TopologySemantics Semantics { get; }

    public TopologyModel Model => Semantics.Model;

    /// <summary>True once no more diagnostics are taken (the limit is reached): a rule that could report many may stop.</summary>
    public bool IsFull => _diagnostics.IsFull;

    /// <summary>False when a diagnostic of <paramref name="descriptor"/> would be dropped unseen (suppressed, or the limit reached).</summary>
    public bool Takes(DiagnosticDescriptor descriptor) => _diagnostics.Takes(descriptor);

    public void Report(Diagnostic diagnostic) => _diagnostics.Add(diagnostic);
}
