using TopoLang.Compiler.Text;

namespace TopoLang.Compiler.Diagnostics;

/// <summary>TOPO5xxx: networks.</summary>
public static partial class DiagnosticFactory
{
    /// <summary>TOPO5001. <paramref name="written"/>: the string as written; <paramref name="what"/>: "CIDR" or "IP address"; <paramref name="reason"/>: "octet 300 is above 255".</summary>
    public static Diagnostic InvalidAddress(SourceLocation location, string written, string what, string reason) =>
        Create(DiagnosticCatalog.InvalidAddress, location, written, what, reason);

    /// <summary>TOPO5002, at the later network's CIDR; the caller points at the earlier one.</summary>
    public static Diagnostic NetworksOverlap(SourceLocation location, string laterNetwork, string laterCidr, string earlierNetwork, string earlierCidr) =>
        Create(DiagnosticCatalog.NetworksOverlap, location, laterNetwork, laterCidr, earlierNetwork, earlierCidr);

    /// <summary>TOPO5003. <paramref name="fault"/>: "is outside network 'lan' (10.0.1.0/24)", "is already used by guest 'web-1' on network 'lan'".</summary>
    public static Diagnostic AddressOutsideNetwork(SourceLocation location, string address, string fault) =>
        Create(DiagnosticCatalog.AddressOutsideNetwork, location, address, fault);
}
