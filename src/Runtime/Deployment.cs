using System.Collections.Generic;

namespace TopoLang.Runtime
{
    /// <summary>Instances placed on a cloud, and the services they need.</summary>
    public sealed class Deployment
    {
        /// <summary>Creates a deployment.</summary>
        /// <param name="name">Its name, unique in the topology.</param>
        /// <param name="cloud">The name of the cloud it deploys to.</param>
        /// <param name="uses">The services it needs, such as <c>container</c>.</param>
        /// <param name="instances">Its instance groups, in the order written.</param>
        /// <exception cref="System.ArgumentNullException">A name or list is null.</exception>
        public Deployment(string name, string cloud, IReadOnlyList<string> uses, IReadOnlyList<Instance> instances)
        {
            Name = Guard.NotNull(name, nameof(name));
            Cloud = Guard.NotNull(cloud, nameof(cloud));
            Uses = ReadOnly.Copy(uses, nameof(uses));
            Instances = ReadOnly.Copy(instances, nameof(instances));
        }

        /// <summary>Its name, unique in the topology.</summary>
        public string Name { get; }

        /// <summary>The name of the cloud it deploys to.</summary>
        public string Cloud { get; }

        /// <summary>The services it needs.</summary>
        public IReadOnlyList<string> Uses { get; }

        /// <summary>Its instance groups, in the order written.</summary>
        public IReadOnlyList<Instance> Instances { get; }
    }
}
