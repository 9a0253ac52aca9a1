using System.Globalization;
using TopoLang.Compiler.Text;

namespace TopoLang.Compiler.Diagnostics;

/// <summary>TOPO4xxx: capacity. The callers add the related locations: the largest demands, or the hosts.</summary>
public static partial class DiagnosticFactory
{
    /// <summary>
    /// TOPO4001. <paramref name="needed"/>: "32 GiB"; <paramref name="available"/>: the memory available and how it was
    /// computed ("30 GiB ((32 GiB - 2 GiB reserved) x ram ratio 1.0)").
    /// </summary>
    public static Diagnostic HostMemoryExceeded(SourceLocation location, string host, string needed, string available) =>
        Create(DiagnosticCatalog.HostMemoryExceeded, location, host, needed, available);

    /// <summary>
    /// TOPO4002. <paramref name="available"/>: the vCPUs available and how they were computed
    /// ("8 (1 socket x 4 cores x 2 threads x cpu ratio 1.0)").
    /// </summary>
    public static Diagnostic HostVcpusExceeded(SourceLocation location, string host, decimal neededVcpus, string available) =>
        Create(DiagnosticCatalog.HostVcpusExceeded, location, host, neededVcpus.ToString(CultureInfo.InvariantCulture), available);

    /// <summary>
    /// TOPO4003. <paramref name="guest"/>: with its kind ("guest 'build'", "domU 'ci'"); <paramref name="threadsCounted"/>:
    /// how the host's threads are counted ("1 socket x 4 cores x 1 thread").
    /// </summary>
    public static Diagnostic GuestVcpusExceedThreads(SourceLocation location, string guest, long vcpus, string host, decimal threads, string threadsCounted) =>
        Create(
            DiagnosticCatalog.GuestVcpusExceedThreads,
            location,
            guest,
            vcpus.ToString(CultureInfo.InvariantCulture),
            host,
            threads.ToString(CultureInfo.InvariantCulture),
            threadsCounted);

    /// <summary>
    /// TOPO4004. <paramref name="needs"/>: "96 GiB of memory and 8 vCPUs per copy, 3 copies"; <paramref name="fitted"/>: how many
    /// copies fit and the room of the compute host with the most left.
    /// </summary>
    public static Diagnostic PrivateCloudDoesNotFit(SourceLocation location, string instance, string deployment, string cloud, string needs, string fitted) =>
        Create(DiagnosticCatalog.PrivateCloudDoesNotFit, location, instance, deployment, cloud, needs, fitted);
}
