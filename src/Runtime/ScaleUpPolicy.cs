namespace TopoLang.Runtime
{
    /// <summary>How far an instance may grow in place.</summary>
    public sealed class ScaleUpPolicy
    {
        /// <summary>Creates a scale-up policy; a null limit means the flavor's own.</summary>
        /// <param name="maxVcpus">The most vCPUs, when given.</param>
        /// <param name="maxMemory">The most memory, when given.</param>
        /// <exception cref="System.ArgumentOutOfRangeException">A limit is negative.</exception>
        public ScaleUpPolicy(int? maxVcpus, Size? maxMemory)
        {
            MaxVcpus = Guard.NotNegative(maxVcpus, nameof(maxVcpus));
            MaxMemory = Guard.NotNegative(maxMemory, nameof(maxMemory));
        }

        /// <summary>The most vCPUs, when given.</summary>
        public int? MaxVcpus { get; }

        /// <summary>The most memory, when given.</summary>
        public Size? MaxMemory { get; }
    }
}
