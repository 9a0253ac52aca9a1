namespace TopoLang.Runtime
{
    /// <summary>The limits of a cloud, shared by every deployment on it.</summary>
    public sealed class Quota
    {
        /// <summary>Creates a quota; a null limit is no limit.</summary>
        /// <param name="vcpus">The most vCPUs, if limited.</param>
        /// <param name="memory">The most memory, if limited.</param>
        /// <param name="instances">The most instances, if limited.</param>
        /// <exception cref="System.ArgumentOutOfRangeException">A limit is negative.</exception>
        public Quota(int? vcpus, Size? memory, int? instances)
        {
            Vcpus = Guard.NotNegative(vcpus, nameof(vcpus));
            Memory = Guard.NotNegative(memory, nameof(memory));
            Instances = Guard.NotNegative(instances, nameof(instances));
        }

        /// <summary>The most vCPUs, if limited.</summary>
        public int? Vcpus { get; }

        /// <summary>The most memory, if limited.</summary>
        public Size? Memory { get; }

        /// <summary>The most instances, if limited.</summary>
        public int? Instances { get; }
    }
}
