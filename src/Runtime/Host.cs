namespace TopoLang.Runtime
{
    /// <summary>A physical machine and the hypervisor it runs.</summary>
    public sealed class Host
    {
        /// <summary>Creates a host.</summary>
        /// <param name="name">Its name, unique in the topology.</param>
        /// <param name="arch">Its architecture.</param>
        /// <param name="cpu">Its CPU.</param>
        /// <param name="memory">Its memory.</param>
        /// <param name="storage">Its storage, when given.</param>
        /// <param name="hypervisor">The hypervisor it runs.</param>
        /// <exception cref="System.ArgumentNullException"><paramref name="name"/>, <paramref name="cpu"/> or <paramref name="hypervisor"/> is null.</exception>
        /// <exception cref="System.ArgumentOutOfRangeException">A size is negative.</exception>
        public Host(string name, Architecture arch, Cpu cpu, Size memory, Size? storage, Hypervisor hypervisor)
        {
            Name = Guard.NotNull(name, nameof(name));
            Arch = arch;
            Cpu = Guard.NotNull(cpu, nameof(cpu));
            Memory = Guard.NotNegative(memory, nameof(memory));
            Storage = Guard.NotNegative(storage, nameof(storage));
            Hypervisor = Guard.NotNull(hypervisor, nameof(hypervisor));
        }

        /// <summary>Its name, unique in the topology.</summary>
        public string Name { get; }

        /// <summary>Its architecture.</summary>
        public Architecture Arch { get; }

        /// <summary>Its CPU.</summary>
        public Cpu Cpu { get; }

        /// <summary>Its memory.</summary>
        public Size Memory { get; }

        /// <summary>Its storage, when given.</summary>
        public Size? Storage { get; }

        /// <summary>The hypervisor it runs.</summary>
        public Hypervisor Hypervisor { get; }
    }
}
