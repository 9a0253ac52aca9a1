using TopoLang.Compiler.Text;

namespace TopoLang.Compiler.Diagnostics;

/// <summary>TOPO2xxx: CPU and hypervisor.</summary>
public static partial class DiagnosticFactory
{
    /// <summary>TOPO2001. <paramref name="vendor"/>: "intel"; <paramref name="flag"/>: "vmx"; <paramref name="flagName"/>: "Intel VT-x".</summary>
    public static Diagnostic KvmWithoutVirtualization(SourceLocation location, string host, string vendor, string flag, string flagName) =>
        Create(DiagnosticCatalog.KvmWithoutVirtualization, location, host, vendor, flag, flagName);

    /// <summary>TOPO2002. <paramref name="flagVendor"/>: the vendor the flag belongs to; <paramref name="equivalentHint"/>: "" or "; the amd equivalent is 'svm' (AMD-V)".</summary>
    public static Diagnostic ForeignCpuFlag(SourceLocation location, string flag, string flagName, string flagVendor, string host, string hostVendor, string equivalentHint) =>
        Create(DiagnosticCatalog.ForeignCpuFlag, location, flag, flagName, flagVendor, host, hostVendor, equivalentHint);

    /// <summary>TOPO2003. <paramref name="flag"/>: "ept"; <paramref name="flagName"/>: "Intel EPT".</summary>
    public static Diagnostic KvmWithoutSecondLevelTranslation(SourceLocation location, string host, string vendor, string flag, string flagName) =>
        Create(DiagnosticCatalog.KvmWithoutSecondLevelTranslation, location, host, vendor, flag, flagName);

    /// <summary>TOPO2004. <paramref name="accelerator"/>: "tcg".</summary>
    public static Diagnostic QemuWithoutAcceleration(SourceLocation location, string host, string accelerator) =>
        Create(DiagnosticCatalog.QemuWithoutAcceleration, location, host, accelerator);

    /// <summary>
    /// TOPO2005. <paramref name="guest"/>: "guest 'web'", "domU 'web'"; <paramref name="machine"/>: the machine under it
    /// ("host 'kvm-01'", "guest 'lab-hv' on host 'kvm-01'"); <paramref name="hypervisor"/>: "KVM" or "Xen".
    /// </summary>
    public static Diagnostic GuestArchMismatch(SourceLocation location, string guest, string guestArch, string machine, string machineArch, string hypervisor) =>
        Create(DiagnosticCatalog.GuestArchMismatch, location, guest, guestArch, machine, machineArch, hypervisor);

    /// <summary>
    /// TOPO2006. <paramref name="guest"/>: "guest 'lab-hv'", "domU 'lab-hv'"; <paramref name="nestedHypervisor"/>: the one it
    /// runs ("KVM"); <paramref name="underHypervisor"/>: the one under it ("Xen"); <paramref name="underSite"/>: where that
    /// one is ("host 'kvm-01'", "guest 'outer' on host 'kvm-01'").
    /// </summary>
    public static Diagnostic NestedWithoutSupport(SourceLocation location, string guest, string nestedHypervisor, string underHypervisor, string underSite) =>
        Create(DiagnosticCatalog.NestedWithoutSupport, location, guest, nestedHypervisor, underHypervisor, underSite);
}
