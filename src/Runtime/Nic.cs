namespace TopoLang.Runtime
{
    /// <summary>A network interface of a guest.</summary>
    public sealed class Nic
    {
        /// <summary>Creates a network interface.</summary>
        /// <param name="network">The name of the network it attaches to.</param>
        /// <param name="ip">Its fixed address, when given.</param>
        /// <param name="model">Its device model, when given.</param>
        /// <exception cref="System.ArgumentNullException"><paramref name="network"/> is null.</exception>
        public Nic(string network, string? ip, NicDeviceModel? model)
        {
            Network = Guard.NotNull(network, nameof(network));
            Ip = ip;
            Model = model;
        }

        /// <summary>The name of the network it attaches to.</summary>
        public string Network { get; }

        /// <summary>Its fixed address, when given.</summary>
        public string? Ip { get; }

        /// <summary>Its device model, when given.</summary>
        public NicDeviceModel? Model { get; }
    }
}
