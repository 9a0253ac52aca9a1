using System.Collections.Generic;

namespace TopoLang.Runtime
{
    /// <summary>KVM, with QEMU (or another emulator) as device model. It needs VT-x or AMD-V.</summary>
    public sealed class KvmHypervisor : Hypervisor
    {
        /// <summary>Creates a KVM hypervisor.</summary>
        /// <param name="version">Its version, when given.</param>
        /// <param name="nested">Whether its guests may run hypervisors themselves.</param>
        /// <param name="cpuAllocationRatio">The vCPU overcommit ratio written, if any.</param>
        /// <param name="ramAllocationRatio">The memory overcommit ratio written, if any.</param>
        /// <param name="reservedMemory">Memory kept for the host.</param>
        /// <param name="emulator">The device model, such as <c>qemu</c>.</param>
        /// <param name="emulatorVersion">The device model's version, when given.</param>
        /// <param name="guests">Its guests, in the order written.</param>
        /// <exception cref="System.ArgumentNullException"><paramref name="emulator"/> or <paramref name="guests"/> is null.</exception>
        /// <exception cref="System.ArgumentOutOfRangeException">A ratio or size is negative.</exception>
        public KvmHypervisor(
            string? version,
            bool nested,
            decimal? cpuAllocationRatio,
            decimal? ramAllocationRatio,
            Size reservedMemory,
            string emulator,
            string? emulatorVersion,
            IReadOnlyList<Guest> guests)
            : base(HypervisorKind.Kvm, version, nested, cpuAllocationRatio, ramAllocationRatio, reservedMemory, guests)
        {
            Emulator = Guard.NotNull(emulator, nameof(emulator));
            EmulatorVersion = emulatorVersion;
        }

        /// <summary>The device model, such as <c>qemu</c>.</summary>
        public string Emulator { get; }

        /// <summary>The device model's version, when given.</summary>
        public string? EmulatorVersion { get; }
    }
}
