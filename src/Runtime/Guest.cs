using System.Collections.Generic;

namespace TopoLang.Runtime
{
    /// <summary>
    /// A virtual machine on a hypervisor: a KVM or QEMU guest, or (as <see cref="DomU"/>) a Xen
    /// domU. It may run a hypervisor of its own (<see cref="NestedHypervisor"/>).
    /// </summary>
    public class Guest
    {
        /// <summary>Creates a KVM or QEMU guest.</summary>
        /// <param name="name">The guest's name, unique in the topology.</param>
        /// <param name="os">Its operating system's family.</param>
        /// <param name="distro">The distribution or edition, such as <c>ubuntu-22.04</c>, when given.</param>
        /// <param name="arch">Its architecture when written; null means the host's.</param>
        /// <param name="vcpus">Its virtual CPUs.</param>
        /// <param name="memory">Its memory.</param>
        /// <param name="disks">Its disks, in the order written.</param>
        /// <param name="nics">Its network interfaces, in the order written.</param>
        /// <param name="autostart">Whether it starts when its host does.</param>
        /// <param name="cpuMode">The CPU model it sees, when given.</param>
        /// <param name="nestedHypervisor">The hypervisor it runs itself, if any.</param>
        /// <exception cref="System.ArgumentNullException">A name or list is null.</exception>
        /// <exception cref="System.ArgumentOutOfRangeException">A count or size is negative.</exception>
        public Guest(
            string name,
            OsFamily os,
            string? distro,
            Architecture? arch,
            int vcpus,
            Size memory,
            IReadOnlyList<Disk> disks,
            IReadOnlyList<Nic> nics,
            bool autostart,
            CpuMode? cpuMode,
            Hypervisor? nestedHypervisor)
        {
            Name = Guard.NotNull(name, nameof(name));
            Os = os;
            Distro = distro;
            Arch = arch;
            Vcpus = Guard.NotNegative(vcpus, nameof(vcpus));
            Memory = Guard.NotNegative(memory, nameof(memory));
            Disks = ReadOnly.Copy(disks, nameof(disks));
            Nics = ReadOnly.Copy(nics, nameof(nics));
            Autostart = autostart;
            CpuMode = cpuMode;
            NestedHypervisor = nestedHypervisor;
        }

        /// <summary>The guest's name, unique in the topology.</summary>
        public string Name { get; }

        /// <summary>Its operating system's family.</summary>
        public OsFamily Os { get; }

        /// <summary>The distribution or edition, when given.</summary>
        public string? Distro { get; }

        /// <summary>Its architecture when written; null means the host's.</summary>
        public Architecture? Arch { get; }

        /// <summary>Its virtual CPUs.</summary>
        public int Vcpus { get; }

        /// <summary>Its memory.</summary>
        public Size Memory { get; }

        /// <summary>Its disks, in the order written.</summary>
        public IReadOnlyList<Disk> Disks { get; }

        /// <summary>Its network interfaces, in the order written.</summary>
        public IReadOnlyList<Nic> Nics { get; }

        /// <summary>Whether it starts when its host does.</summary>
        public bool Autostart { get; }

        /// <summary>The CPU model it sees, when given; always null for a <see cref="DomU"/>.</summary>
        public CpuMode? CpuMode { get; }

        /// <summary>The hypervisor it runs itself (nested virtualization), if any.</summary>
        public Hypervisor? NestedHypervisor { get; }
    }
}
