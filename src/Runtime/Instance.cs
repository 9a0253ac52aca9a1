using System;

namespace TopoLang.Runtime
{
    /// <summary>A group of identical instances in a deployment.</summary>
    public sealed class Instance
    {
        /// <summary>Creates an instance group.</summary>
        /// <param name="name">Its name, unique in the topology.</param>
        /// <param name="image">The image it boots, such as <c>ubuntu-22.04</c>.</param>
        /// <param name="flavor">Its shape.</param>
        /// <param name="count">How many run at first.</param>
        /// <param name="network">The name of the network it attaches to, if any.</param>
        /// <param name="scaleOut">How it grows by count, if it does.</param>
        /// <param name="scaleUp">How it grows in place, if it does.</param>
        /// <exception cref="ArgumentNullException"><paramref name="name"/>, <paramref name="image"/> or <paramref name="flavor"/> is null.</exception>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
        public Instance(string name, string image, Flavor flavor, int count, string? network, ScaleOutPolicy? scaleOut, ScaleUpPolicy? scaleUp)
        {
            Name = Guard.NotNull(name, nameof(name));
            Image = Guard.NotNull(image, nameof(image));
            Flavor = Guard.NotNull(flavor, nameof(flavor));
            Count = Guard.NotNegative(count, nameof(count));
            Network = network;
            ScaleOut = scaleOut;
            ScaleUp = scaleUp;
        }

        /// <summary>Its name, unique in the topology.</summary>
        public string Name { get; }

        /// <summary>The image it boots.</summary>
        public string Image { get; }

        /// <summary>Its shape.</summary>
        public Flavor Flavor { get; }

        /// <summary>How many run at first.</summary>
        public int Count { get; }

        /// <summary>The name of the network it attaches to, if any.</summary>
        public string? Network { get; }

        /// <summary>How it grows by count, if it does.</summary>
        public ScaleOutPolicy? ScaleOut { get; }

        /// <summary>How it grows in place, if it does.</summary>
        public ScaleUpPolicy? ScaleUp { get; }

        /// <summary>The most instances it can run: the larger of <see cref="Count"/> and the scale-out maximum.</summary>
        public int LargestCount => ScaleOut == null ? Count : Math.Max(Count, ScaleOut.Max);

        /// <summary>The most vCPUs one instance can have: the scale-up maximum where given, else the flavor's.</summary>
        public int LargestVcpus => ScaleUp?.MaxVcpus ?? Flavor.Vcpus;

        /// <summary>The most memory one instance can have: the scale-up maximum where given, else the flavor's.</summary>
        public Size LargestMemory => ScaleUp?.MaxMemory ?? Flavor.Memory;
    }
}
