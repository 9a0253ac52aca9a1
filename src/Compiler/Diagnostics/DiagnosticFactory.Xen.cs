using TopoLang.Compiler.Text;

namespace TopoLang.Compiler.Diagnostics;

/// <summary>TOPO3xxx: Xen.</summary>
public static partial class DiagnosticFactory
{
    /// <summary>TOPO3001. <paramref name="site"/>: where the Xen runs ("host 'xen-01'", "domU 'lab' on host 'xen-01'").</summary>
    public static Diagnostic XenWithoutDom0(SourceLocation location, string site) =>
        Create(DiagnosticCatalog.XenWithoutDom0, location, site);

    /// <summary>TOPO3002. <paramref name="site"/>: where the Xen runs ("host 'xen-01'", "domU 'lab' on host 'xen-01'").</summary>
    public static Diagnostic SecondDom0(SourceLocation location, string site) =>
        Create(DiagnosticCatalog.SecondDom0, location, site);

    /// <summary>TOPO3003. <paramref name="mode"/>: "hvm"; <paramref name="flag"/>: "vmx"; <paramref name="flagName"/>: "Intel VT-x".</summary>
    public static Diagnostic HardwareDomUWithoutVirtualization(SourceLocation location, string domU, string mode, string flag, string flagName, string host) =>
        Create(DiagnosticCatalog.HardwareDomUWithoutVirtualization, location, domU, mode, flag, flagName, host);

    /// <summary>
    /// TOPO3004. <paramref name="os"/>: "windows"; <paramref name="modeIsDefault"/>: the mode is not written, so the message
    /// says "(the default)"; <paramref name="capableFamilies"/>: the OS families that can run paravirtualized ("linux and bsd").
    /// </summary>
    public static Diagnostic PvDomUUnsupportedOs(SourceLocation location, string domU, string os, bool modeIsDefault, string capableFamilies) =>
        Create(DiagnosticCatalog.PvDomUUnsupportedOs, location, domU, os, modeIsDefault ? " (the default)" : string.Empty, capableFamilies);

    /// <summary>TOPO3005. <paramref name="os"/>: "windows".</summary>
    public static Diagnostic WindowsHvmWithoutPvDrivers(SourceLocation location, string os, string domU) =>
        Create(DiagnosticCatalog.WindowsHvmWithoutPvDrivers, location, os, domU);

    /// <summary>
    /// TOPO3006. <paramref name="device"/>: "nic 'lan'", "disk 'root'"; <paramref name="reason"/>: "dom0 does not list 'net' in
    /// its backends", "driver domain 'netdd' runs under the Xen of host 'xen-02' and serves only that Xen's domUs".
    /// </summary>
    public static Diagnostic MissingBackend(SourceLocation location, string device, string domU, string reason) =>
        Create(DiagnosticCatalog.MissingBackend, location, device, domU, reason);

    /// <summary>TOPO3007. <paramref name="where"/>: "a kvm hypervisor", "host 'kvm-01'"; <paramref name="instead"/>: what to do instead.</summary>
    public static Diagnostic XenDomainMisplaced(SourceLocation location, string word, string where, string instead) =>
        Create(DiagnosticCatalog.XenDomainMisplaced, location, word, where, instead);
}
