using System.Collections.Generic;

namespace TopoLang.Runtime
{
    /// <summary>An unprivileged Xen guest, whose I/O is served by dom0 or a driver domain.</summary>
    public sealed class DomU : Guest
    {
        /// <summary>Creates a domU.</summary>
        /// <param name="name">The domU's name, unique in the topology.</param>
        /// <param name="os">Its operating system's family.</param>
        /// <param name="distro">The distribution or edition, when given.</param>
        /// <param name="arch">Its architecture when written; null means the host's.</param>
        /// <param name="vcpus">Its virtual CPUs.</param>
        /// <param name="memory">Its memory.</param>
        /// <param name="disks">Its disks, in the order written.</param>
        /// <param name="nics">Its network interfaces, in the order written.</param>
        /// <param name="autostart">Whether it starts when its host does.</param>
        /// <param name="mode">How it is virtualized: PV, PVH or HVM.</param>
        /// <param name="pvDrivers">Whether an HVM domU has paravirtualized drivers for fast I/O.</param>
        /// <param name="backend">The driver domain that serves its devices; null means dom0.</param>
        /// <param name="nestedHypervisor">The hypervisor it runs itself, if any.</param>
        /// <exception cref="System.ArgumentNullException">A name or list is null.</exception>
        /// <exception cref="System.ArgumentOutOfRangeException">A count or size is negative.</exception>
        public DomU(
            string name,
            OsFamily os,
            string? distro,
            Architecture? arch,
            int vcpus,
            Size memory,
            IReadOnlyList<Disk> disks,
            IReadOnlyList<Nic> nics,
            bool autostart,
            DomUMode mode,
            bool pvDrivers,
            string? backend,
            Hypervisor? nestedHypervisor)
            : base(name, os, distro, arch, vcpus, memory, disks, nics, autostart, cpuMode: null, nestedHypervisor)
        {
            Mode = mode;
            PvDrivers = pvDrivers;
            Backend = backend;
        }

        /// <summary>How it is virtualized: PV, PVH or HVM.</summary>
        public DomUMode Mode { get; }

        /// <summary>Whether it has paravirtualized drivers (<c>xen_platform_pci=1</c> for HVM).</summary>
        public bool PvDrivers { get; }

        /// <summary>The name of the driver domain that serves its devices; null means dom0.</summary>
        public string? Backend { get; }

        /// <summary>Whether its mode needs hardware virtualization (VT-x or AMD-V): PVH and HVM do, PV does not.</summary>
        public bool NeedsHardwareVirtualization => Mode != DomUMode.Pv;
    }
}
