namespace TopoLang.Runtime
{
    /// <summary>The shape of an instance.</summary>
    public sealed class Flavor
    {
        /// <summary>Creates a flavor.</summary>
        /// <param name="vcpus">Its virtual CPUs.</param>
        /// <param name="memory">Its memory.</param>
        /// <param name="disk">Its root disk, when given.</param>
        /// <exception cref="System.ArgumentOutOfRangeException">A count or size is negative.</exception>
        public Flavor(int vcpus, Size memory, Size? disk)
        {
            Vcpus = Guard.NotNegative(vcpus, nameof(vcpus));
            Memory = Guard.NotNegative(memory, nameof(memory));
            Disk = Guard.NotNegative(disk, nameof(disk));
        }

        /// <summary>Its virtual CPUs.</summary>
        public int Vcpus { get; }

        /// <summary>Its memory.</summary>
        public Size Memory { get; }

        /// <summary>Its root disk, when given.</summary>
        public Size? Disk { get; }
    }
}
