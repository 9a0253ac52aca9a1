using System;
using System.Collections.Generic;
using System.Threading;

namespace TopoLang.Runtime
{
    /// <summary>
    /// A whole topology: hosts and their guests, networks, providers, clouds and deployments,
    /// with lookups by name. Names are compared ordinally (case-sensitive).
    /// </summary>
    public sealed class Topology
    {
        private readonly NameIndex<Host> _hosts;
        private readonly NameIndex<Network> _networks;
        private readonly NameIndex<Provider> _providers;
        private readonly NameIndex<Cloud> _clouds;
        private readonly NameIndex<Deployment> _deployments;
        private GuestIndex? _guests;

        /// <summary>Creates a topology.</summary>
        /// <param name="name">Its name (the <c>topology</c> header, or the entry file's base name).</param>
        /// <param name="namespace">The C# namespace of its generated code, when given.</param>
        /// <param name="hosts">Its hosts, in the order written.</param>
        /// <param name="networks">Its networks, in the order written.</param>
        /// <param name="providers">Its providers' offerings, in the order written.</param>
        /// <param name="clouds">Its clouds, in the order written.</param>
        /// <param name="deployments">Its deployments, in the order written.</param>
        /// <exception cref="ArgumentNullException">The name or a list is null.</exception>
        /// <exception cref="ArgumentException">A list holds null, or two items of one kind share a name.</exception>
        public Topology(
            string name,
            string? @namespace,
            IReadOnlyList<Host> hosts,
            IReadOnlyList<Network> networks,
            IReadOnlyList<Provider> providers,
            IReadOnlyList<Cloud> clouds,
            IReadOnlyList<Deployment> deployments)
        {
            Name = Guard.NotNull(name, nameof(name));
            Namespace = @namespace;
            Hosts = ReadOnly.Copy(hosts, nameof(hosts));
            Networks = ReadOnly.Copy(networks, nameof(networks));
            Providers = ReadOnly.Copy(providers, nameof(providers));
            Clouds = ReadOnly.Copy(clouds, nameof(clouds));
            Deployments = ReadOnly.Copy(deployments, nameof(deployments));
            _hosts = new NameIndex<Host>(Hosts, h => h.Name, "host", name);
            _networks = new NameIndex<Network>(Networks, n => n.Name, "network", name);
            _providers = new NameIndex<Provider>(Providers, p => p.Name, "provider", name);
            _clouds = new NameIndex<Cloud>(Clouds, c => c.Name, "cloud", name);
            _deployments = new NameIndex<Deployment>(Deployments, d => d.Name, "deployment", name);
        }

        /// <summary>Its name.</summary>
        public string Name { get; }

        /// <summary>The C# namespace of its generated code, when given.</summary>
        public string? Namespace { get; }

        /// <summary>Its hosts, in the order written.</summary>
        public IReadOnlyList<Host> Hosts { get; }

        /// <summary>Its networks, in the order written.</summary>
        public IReadOnlyList<Network> Networks { get; }

        /// <summary>Its providers' offerings, in the order written.</summary>
        public IReadOnlyList<Provider> Providers { get; }

        /// <summary>Its clouds, in the order written.</summary>
        public IReadOnlyList<Cloud> Clouds { get; }

        /// <summary>Its deployments, in the order written.</summary>
        public IReadOnlyList<Deployment> Deployments { get; }

        /// <summary>
        /// Every guest and domU of every host, host by host in the order written; a guest that
        /// runs a hypervisor is followed by that hypervisor's guests (depth first).
        /// </summary>
        public IEnumerable<Guest> AllGuests => Guests.All;

        private GuestIndex Guests
        {
            get
            {
                var guests = Volatile.Read(ref _guests);
                if (guests == null)
                {
                    var built = new GuestIndex(Hosts, Name);
                    guests = Interlocked.CompareExchange(ref _guests, built, null) ?? built;
                }

                return guests;
            }
        }

        /// <summary>The host of a name, if there is one.</summary>
        /// <param name="name">The host's name.</param>
        /// <returns>The host, or null.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
        public Host? FindHost(string name) => _hosts.Find(name);

        /// <summary>The host of a name.</summary>
        /// <param name="name">The host's name.</param>
        /// <returns>The host.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
        /// <exception cref="KeyNotFoundException">The topology has no host of that name.</exception>
        public Host GetHost(string name) => _hosts.Get(name);

        /// <summary>The network of a name, if there is one.</summary>
        /// <param name="name">The network's name.</param>
        /// <returns>The network, or null.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
        public Network? FindNetwork(string name) => _networks.Find(name);

        /// <summary>The network of a name.</summary>
        /// <param name="name">The network's name.</param>
        /// <returns>The network.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
        /// <exception cref="KeyNotFoundException">The topology has no network of that name.</exception>
        public Network GetNetwork(string name) => _networks.Get(name);

        /// <summary>The provider of a name, if there is one.</summary>
        /// <param name="name">The provider's name.</param>
        /// <returns>The provider, or null.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
        public Provider? FindProvider(string name) => _providers.Find(name);

        /// <summary>The provider of a name.</summary>
        /// <param name="name">The provider's name.</param>
        /// <returns>The provider.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
        /// <exception cref="KeyNotFoundException">The topology has no provider of that name.</exception>
        public Provider GetProvider(string name) => _providers.Get(name);

        /// <summary>The cloud of a name, if there is one.</summary>
        /// <param name="name">The cloud's name.</param>
        /// <returns>The cloud, or null.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
        public Cloud? FindCloud(string name) => _clouds.Find(name);

        /// <summary>The cloud of a name.</summary>
        /// <param name="name">The cloud's name.</param>
        /// <returns>The cloud.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
        /// <exception cref="KeyNotFoundException">The topology has no cloud of that name.</exception>
        public Cloud GetCloud(string name) => _clouds.Get(name);

        /// <summary>The deployment of a name, if there is one.</summary>
        /// <param name="name">The deployment's name.</param>
        /// <returns>The deployment, or null.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
        public Deployment? FindDeployment(string name) => _deployments.Find(name);

        /// <summary>The deployment of a name.</summary>
        /// <param name="name">The deployment's name.</param>
        /// <returns>The deployment.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
        /// <exception cref="KeyNotFoundException">The topology has no deployment of that name.</exception>
        public Deployment GetDeployment(string name) => _deployments.Get(name);

        /// <summary>
        /// The guest or domU of a name, on any host's hypervisor or on a nested one. The index is
        /// built on first use.
        /// </summary>
        /// <param name="name">The guest's name.</param>
        /// <returns>The guest, or null.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
        public Guest? FindGuest(string name) => Guests.ByName.Find(name);

        /// <summary>The guest or domU of a name, on any host's hypervisor or on a nested one.</summary>
        /// <param name="name">The guest's name.</param>
        /// <returns>The guest.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
        /// <exception cref="KeyNotFoundException">The topology has no guest of that name.</exception>
        public Guest GetGuest(string name) => Guests.ByName.Get(name);

        /// <summary>The host a guest runs on, directly or inside a guest that runs a hypervisor.</summary>
        /// <param name="guest">The guest.</param>
        /// <returns>Its host, or null when the guest is not in this topology.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="guest"/> is null.</exception>
        public Host? FindHostOf(Guest guest)
        {
            Guard.NotNull(guest, nameof(guest));
            return Guests.HostOf.TryGetValue(guest, out var host) ? host : null;
        }

        /// <summary>Every guest in depth-first order, and the guests by name and by reference.</summary>
        private sealed class GuestIndex
        {
            public GuestIndex(IReadOnlyList<Host> hosts, string topology)
            {
                var all = new List<Guest>();
                HostOf = new Dictionary<Guest, Host>();
                var pending = new Stack<Guest>();
                foreach (var host in hosts)
                {
                    PushReversed(pending, host.Hypervisor.Guests);
                    while (pending.Count > 0)
                    {
                        var guest = pending.Pop();
                        all.Add(guest);
                        HostOf[guest] = host;
                        if (guest.NestedHypervisor != null)
                        {
                            PushReversed(pending, guest.NestedHypervisor.Guests);
                        }
                    }
                }

                All = ReadOnly.Wrap(all.ToArray());
                ByName = new NameIndex<Guest>(all, g => g.Name, "guest", topology, firstWins: true);
            }

            public IReadOnlyList<Guest> All { get; }

            public NameIndex<Guest> ByName { get; }

            public Dictionary<Guest, Host> HostOf { get; }

            private static void PushReversed(Stack<Guest> pending, IReadOnlyList<Guest> guests)
            {
                for (var i = guests.Count - 1; i >= 0; i--)
                {
                    pending.Push(guests[i]);
                }
            }
        }
    }
}
