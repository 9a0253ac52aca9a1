using System.Collections.Immutable;
using TopoLang.Compiler;
using TopoLang.Compiler.Binding.Imports;
using TopoLang.Compiler.Diagnostics;
using TopoLang.Compiler.Text;

namespace TopoLang.Tests.Binding;

/// <summary>How the binding tests compile their inputs.</summary>
public static class BindingInputs
{
    /// <summary>
    /// TOPO2004 warns on a `hypervisor qemu` with a guest of the host's architecture or none (QEMU
    /// alone only emulates), and only a qemu host can exercise `accel`: so the valid inputs that
    /// must cover every entry silence it.
    /// </summary>
    public static readonly DiagnosticOptions Options = new() { NoWarnCodes = ImmutableHashSet.Create("TOPO2004") };

    /// <summary>One file, no imports, the options above.</summary>
    public static TopoCompilation Compile(string text, string path = "input.topo", bool keepBoundBlocks = false) =>
        TopoCompilation.Create(
            SourceText.From(text, path),
            new TopoCompilationOptions { FileSystem = new InMemoryFileSystem(), Diagnostics = Options, KeepBoundBlocks = keepBoundBlocks });
}
