using System;
using TopoLang.Compiler.Diagnostics;
using TopoLang.Compiler.Text;

namespace TopoLang.Tests.Diagnostics;

/// <summary>Diagnostics built by hand at a piece of text, as a stage would report them.</summary>
internal static class TestDiagnostics
{
    public const string Lab = "host kvm-01 {\n  cpu intel { cores 8 }\n  memory 64 GiB\n  hypervisor kvm { }\n}\n";

    public static SourceText LabSource() => SourceText.From(Lab, "lab.topo");

    public static SourceLocation Locate(SourceText source, string needle)
    {
        var start = source.Text.IndexOf(needle, StringComparison.Ordinal);
        if (start < 0)
        {
            throw new ArgumentException($"'{needle}' is not in the source", nameof(needle));
        }

        return new SourceLocation(source, new TextSpan(start, needle.Length));
    }

    /// <summary>TOPO2001 at `hypervisor` in <see cref="Lab"/>: line 4, columns 3 to 13.</summary>
    public static Diagnostic KvmWithoutVmx() =>
        DiagnosticFactory.KvmWithoutVirtualization(Locate(LabSource(), "hypervisor"), "kvm-01", "intel", "vmx", "Intel VT-x");

    /// <summary>TOPO2003 at `hypervisor` in <see cref="Lab"/>.</summary>
    public static Diagnostic KvmWithoutEpt() =>
        DiagnosticFactory.KvmWithoutSecondLevelTranslation(Locate(LabSource(), "hypervisor"), "kvm-01", "intel", "ept", "Intel EPT");
}
