using System.Collections.Generic;

namespace TopoLang.Runtime
{
    /// <summary>An OpenStack or CloudStack cloud: private on hosts of the topology, or a provider's.</summary>
    public sealed class Cloud
    {
        /// <summary>Creates a cloud.</summary>
        /// <param name="name">Its name, unique in the topology.</param>
        /// <param name="platform">Its IaaS platform.</param>
        /// <param name="provider">The name of the provider whose offering it uses, if any.</param>
        /// <param name="region">Its region, when given.</param>
        /// <param name="compute">The names of the hosts that run its instances (private cloud).</param>
        /// <param name="quota">Its limits, when given.</param>
        /// <exception cref="System.ArgumentNullException"><paramref name="name"/> or <paramref name="compute"/> is null.</exception>
        public Cloud(string name, CloudPlatform platform, string? provider, string? region, IReadOnlyList<string> compute, Quota? quota)
        {
            Name = Guard.NotNull(name, nameof(name));
            Platform = platform;
            Provider = provider;
            Region = region;
            Compute = ReadOnly.Copy(compute, nameof(compute));
            Quota = quota;
        }

        /// <summary>Its name, unique in the topology.</summary>
        public string Name { get; }

        /// <summary>Its IaaS platform.</summary>
        public CloudPlatform Platform { get; }

        /// <summary>The name of the provider whose offering it uses, if any.</summary>
        public string? Provider { get; }

        /// <summary>Its region, when given.</summary>
        public string? Region { get; }

        /// <summary>The names of the hosts that run its instances.</summary>
        public IReadOnlyList<string> Compute { get; }

        /// <summary>Its limits, when given.</summary>
        public Quota? Quota { get; }
    }
}
