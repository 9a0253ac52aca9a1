using TopoLang.Compiler.Text;

namespace TopoLang.Compiler.Diagnostics;

/// <summary>TOPO6xxx: clouds.</summary>
public static partial class DiagnosticFactory
{
    /// <summary>TOPO6001. <paramref name="mode"/>: "up"; <paramref name="offered"/>: the modes the provider offers ("out").</summary>
    public static Diagnostic ScalingModeNotOffered(SourceLocation location, string mode, string provider, string cloud, string offered) =>
        Create(DiagnosticCatalog.ScalingModeNotOffered, location, mode, provider, cloud, offered);

    /// <summary>TOPO6002. <paramref name="offered"/>: the services the provider offers.</summary>
    public static Diagnostic ServiceNotOffered(SourceLocation location, string service, string provider, string cloud, string offered) =>
        Create(DiagnosticCatalog.ServiceNotOffered, location, service, provider, cloud, offered);

    /// <summary>TOPO6003. <paramref name="fault"/>: "runs qemu, which cloudstack does not support (it supports: kvm, xen)", "runs xen while 'kvm-01' runs kvm".</summary>
    public static Diagnostic HypervisorNotSupportedByPlatform(SourceLocation location, string host, string cloud, string fault) =>
        Create(DiagnosticCatalog.HypervisorNotSupportedByPlatform, location, host, cloud, fault);

    /// <summary>TOPO6004. <paramref name="resource"/>: "vcpus", "memory", "instances"; <paramref name="total"/> and <paramref name="quota"/> as the quota writes them.</summary>
    public static Diagnostic QuotaExceeded(SourceLocation location, string instance, string deployment, string resource, string cloud, string total, string quota) =>
        Create(DiagnosticCatalog.QuotaExceeded, location, instance, deployment, resource, cloud, total, quota);
}
