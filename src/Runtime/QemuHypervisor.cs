using System.Collections.Generic;

namespace TopoLang.Runtime
{
    /// <summary>QEMU alone: emulation (TCG), which needs no hardware virtualization and is far slower.</summary>
    public sealed class QemuHypervisor : Hypervisor
    {
        /// <summary>Creates a QEMU hypervisor. It has no nesting and no allocation ratios.</summary>
        /// <param name="version">Its version, when given.</param>
        /// <param name="reservedMemory">Memory kept for the host.</param>
        /// <param name="accelerator">The accelerator, such as <c>tcg</c>.</param>
        /// <param name="guests">Its guests, in the order written.</param>
        /// <exception cref="System.ArgumentNullException"><paramref name="accelerator"/> or <paramref name="guests"/> is null.</exception>
        /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="reservedMemory"/> is negative.</exception>
        public QemuHypervisor(string? version, Size reservedMemory, string accelerator, IReadOnlyList<Guest> guests)
            : base(HypervisorKind.Qemu, version, nested: false, cpuAllocationRatio: null, ramAllocationRatio: null, reservedMemory, guests)
        {
            Accelerator = Guard.NotNull(accelerator, nameof(accelerator));
        }

        /// <summary>The accelerator, such as <c>tcg</c>.</summary>
        public string Accelerator { get; }
    }
}
