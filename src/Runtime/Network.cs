namespace TopoLang.Runtime
{
    /// <summary>A network that guests and instances attach to.</summary>
    public sealed class Network
    {
        /// <summary>Creates a network.</summary>
        /// <param name="name">Its name, unique in the topology.</param>
        /// <param name="cidr">Its address block.</param>
        /// <param name="gateway">Its gateway address, when given.</param>
        /// <param name="vlan">Its VLAN id (1–4094), when given.</param>
        /// <param name="mode">How it connects to the outside.</param>
        /// <exception cref="System.ArgumentNullException"><paramref name="name"/> is null.</exception>
        public Network(string name, Cidr cidr, string? gateway, int? vlan, NetworkMode mode)
        {
            Name = Guard.NotNull(name, nameof(name));
            Cidr = cidr;
            Gateway = gateway;
            Vlan = vlan;
            Mode = mode;
        }

        /// <summary>Its name, unique in the topology.</summary>
        public string Name { get; }

        /// <summary>Its address block.</summary>
        public Cidr Cidr { get; }

        /// <summary>Its gateway address, when given.</summary>
        public string? Gateway { get; }

        /// <summary>Its VLAN id, when given.</summary>
        public int? Vlan { get; }

        /// <summary>How it connects to the outside.</summary>
        public NetworkMode Mode { get; }
    }
}
