using System.Collections.Generic;

namespace TopoLang.Runtime
{
    /// <summary>The hypervisor of a host, or of a guest that runs one (nested).</summary>
    public abstract class Hypervisor
    {
        /// <summary>Sets the members every hypervisor has.</summary>
        /// <param name="kind">Which hypervisor this is.</param>
        /// <param name="version">Its version, when given.</param>
        /// <param name="nested">Whether its guests may run hypervisors themselves.</param>
        /// <param name="cpuAllocationRatio">The vCPU overcommit ratio written, if any.</param>
        /// <param name="ramAllocationRatio">The memory overcommit ratio written, if any.</param>
        /// <param name="reservedMemory">Memory kept for the host.</param>
        /// <param name="guests">Its guests (for Xen: its domUs), in the order written.</param>
        /// <exception cref="System.ArgumentNullException"><paramref name="guests"/> is null.</exception>
        /// <exception cref="System.ArgumentOutOfRangeException">A ratio or size is negative.</exception>
        protected Hypervisor(
            HypervisorKind kind,
            string? version,
            bool nested,
            decimal? cpuAllocationRatio,
            decimal? ramAllocationRatio,
            Size reservedMemory,
            IReadOnlyList<Guest> guests)
            : this(kind, version, nested, cpuAllocationRatio, ramAllocationRatio, reservedMemory, ReadOnly.Copy(guests, nameof(guests)), copied: true)
        {
        }

        /// <summary>Takes a list already copied (see <see cref="ReadOnly"/>), so that a subclass can share it.</summary>
        private protected Hypervisor(
            HypervisorKind kind,
            string? version,
            bool nested,
            decimal? cpuAllocationRatio,
            decimal? ramAllocationRatio,
            Size reservedMemory,
            IReadOnlyList<Guest> copiedGuests,
            bool copied)
        {
            Kind = kind;
            Version = version;
            Nested = nested;
            CpuAllocationRatio = Guard.NotNegative(cpuAllocationRatio, nameof(cpuAllocationRatio));
            RamAllocationRatio = Guard.NotNegative(ramAllocationRatio, nameof(ramAllocationRatio));
            ReservedMemory = Guard.NotNegative(reservedMemory, nameof(reservedMemory));
            Guests = copiedGuests;
        }

        /// <summary>Which hypervisor this is.</summary>
        public HypervisorKind Kind { get; }

        /// <summary>Its version, when given.</summary>
        public string? Version { get; }

        /// <summary>Whether its guests may run hypervisors themselves (nested virtualization).</summary>
        public bool Nested { get; }

        /// <summary>The vCPU overcommit ratio written in the topology; null means the default applies.</summary>
        public decimal? CpuAllocationRatio { get; }

        /// <summary>The memory overcommit ratio written in the topology; null means the default applies.</summary>
        public decimal? RamAllocationRatio { get; }

        /// <summary>Memory kept for the host, not given to guests.</summary>
        public Size ReservedMemory { get; }

        /// <summary>Its guests in the order written; for Xen, its domUs.</summary>
        public IReadOnlyList<Guest> Guests { get; }
    }
}
