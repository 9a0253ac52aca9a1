using System.Collections.Generic;

namespace TopoLang.Runtime
{
    /// <summary>Xen: a privileged dom0, optional driver domains, and unprivileged domUs.</summary>
    public sealed class XenHypervisor : Hypervisor
    {
        /// <summary>Creates a Xen hypervisor.</summary>
        /// <param name="version">Its version, when given.</param>
        /// <param name="nested">Whether its domUs may run hypervisors themselves.</param>
        /// <param name="cpuAllocationRatio">The vCPU overcommit ratio written, if any.</param>
        /// <param name="ramAllocationRatio">The memory overcommit ratio written, if any.</param>
        /// <param name="reservedMemory">Memory kept for the host besides dom0.</param>
        /// <param name="dom0">The privileged domain, when declared.</param>
        /// <param name="driverDomains">Its driver domains, in the order written.</param>
        /// <param name="domUs">Its domUs, in the order written.</param>
        /// <exception cref="System.ArgumentNullException">A list is null.</exception>
        /// <exception cref="System.ArgumentOutOfRangeException">A ratio or size is negative.</exception>
        public XenHypervisor(
            string? version,
            bool nested,
            decimal? cpuAllocationRatio,
            decimal? ramAllocationRatio,
            Size reservedMemory,
            Dom0? dom0,
            IReadOnlyList<DriverDomain> driverDomains,
            IReadOnlyList<DomU> domUs)
            : this(ReadOnly.Copy(domUs, nameof(domUs)), version, nested, cpuAllocationRatio, ramAllocationRatio, reservedMemory, dom0, driverDomains)
        {
        }

        /// <summary>Takes the domUs already copied, so that <see cref="Hypervisor.Guests"/> and <see cref="DomUs"/> share one list.</summary>
        private XenHypervisor(
            IReadOnlyList<DomU> copiedDomUs,
            string? version,
            bool nested,
            decimal? cpuAllocationRatio,
            decimal? ramAllocationRatio,
            Size reservedMemory,
            Dom0? dom0,
            IReadOnlyList<DriverDomain> driverDomains)
            : base(HypervisorKind.Xen, version, nested, cpuAllocationRatio, ramAllocationRatio, reservedMemory, copiedDomUs, copied: true)
        {
            Dom0 = dom0;
            DriverDomains = ReadOnly.Copy(driverDomains, nameof(driverDomains));
            DomUs = copiedDomUs;
        }

        /// <summary>The privileged domain, when declared.</summary>
        public Dom0? Dom0 { get; }

        /// <summary>Its driver domains, in the order written.</summary>
        public IReadOnlyList<DriverDomain> DriverDomains { get; }

        /// <summary>Its domUs in the order written; the same list as <see cref="Hypervisor.Guests"/>.</summary>
        public IReadOnlyList<DomU> DomUs { get; }
    }
}
