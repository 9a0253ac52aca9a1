using System.Collections.Generic;

namespace TopoLang.Runtime
{
    /// <summary>A Xen domain that serves device backends to domUs in place of dom0.</summary>
    public sealed class DriverDomain
    {
        /// <summary>Creates a driver domain.</summary>
        /// <param name="name">Its name, unique in the topology.</param>
        /// <param name="vcpus">Its virtual CPUs.</param>
        /// <param name="memory">Its memory.</param>
        /// <param name="backends">The device backends it serves.</param>
        /// <exception cref="System.ArgumentNullException"><paramref name="name"/> or <paramref name="backends"/> is null.</exception>
        /// <exception cref="System.ArgumentOutOfRangeException">A count or size is negative.</exception>
        public DriverDomain(string name, int vcpus, Size memory, IReadOnlyList<XenBackend> backends)
        {
            Name = Guard.NotNull(name, nameof(name));
            Vcpus = Guard.NotNegative(vcpus, nameof(vcpus));
            Memory = Guard.NotNegative(memory, nameof(memory));
            Backends = ReadOnly.CopyValues(backends, nameof(backends));
        }

        /// <summary>Its name, unique in the topology.</summary>
        public string Name { get; }

        /// <summary>Its virtual CPUs.</summary>
        public int Vcpus { get; }

        /// <summary>Its memory.</summary>
        public Size Memory { get; }

        /// <summary>The device backends it serves.</summary>
        public IReadOnlyList<XenBackend> Backends { get; }
    }
}
