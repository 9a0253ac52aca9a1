using System.Collections.Immutable;
using TopoLang.Compiler.Diagnostics;

namespace TopoLang.Tests.Binding;

/// <summary>How the binding tests compile their inputs.</summary>
public static class BindingInputs
{
    /// <summary>
    /// TOPO2004 warns on every `hypervisor qemu` by design (QEMU alone only emulates), and only a
    /// qemu host can exercise `accel`: so the valid inputs that must cover every entry silence it.
    /// </summary>
    public static readonly DiagnosticOptions Options = new() { NoWarnCodes = ImmutableHashSet.Create("TOPO2004") };
}
