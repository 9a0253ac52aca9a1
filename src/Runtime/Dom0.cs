using System.Collections.Generic;

namespace TopoLang.Runtime
{
    /// <summary>Xen's privileged domain: it holds the real device drivers and controls the hypervisor.</summary>
    public sealed class Dom0
    {
        /// <summary>Creates the dom0 of a Xen host.</summary>
        /// <param name="vcpus">Its virtual CPUs (<c>dom0_max_vcpus</c>).</param>
        /// <param name="memory">Its memory (<c>dom0_mem</c>).</param>
        /// <param name="backends">The device backends it serves.</param>
        /// <exception cref="System.ArgumentNullException"><paramref name="backends"/> is null.</exception>
        /// <exception cref="System.ArgumentOutOfRangeException">A count or size is negative.</exception>
        public Dom0(int vcpus, Size memory, IReadOnlyList<XenBackend> backends)
        {
            Vcpus = Guard.NotNegative(vcpus, nameof(vcpus));
            Memory = Guard.NotNegative(memory, nameof(memory));
            Backends = ReadOnly.CopyValues(backends, nameof(backends));
        }

        /// <summary>Its virtual CPUs.</summary>
        public int Vcpus { get; }

        /// <summary>Its memory.</summary>
        public Size Memory { get; }

        /// <summary>The device backends it serves.</summary>
        public IReadOnlyList<XenBackend> Backends { get; }
    }
}
