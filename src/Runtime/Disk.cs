namespace TopoLang.Runtime
{
    /// <summary>A disk of a guest.</summary>
    public sealed class Disk
    {
        /// <summary>Creates a disk.</summary>
        /// <param name="name">The disk's name, unique within its guest.</param>
        /// <param name="size">Its capacity.</param>
        /// <param name="bus">The bus it is attached on.</param>
        /// <param name="format">The image format, when given.</param>
        /// <exception cref="System.ArgumentNullException"><paramref name="name"/> is null.</exception>
        /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="size"/> is negative.</exception>
        public Disk(string name, Size size, DiskBus bus, DiskFormat? format)
        {
            Name = Guard.NotNull(name, nameof(name));
            Size = Guard.NotNegative(size, nameof(size));
            Bus = bus;
            Format = format;
        }

        /// <summary>The disk's name, unique within its guest.</summary>
        public string Name { get; }

        /// <summary>Its capacity.</summary>
        public Size Size { get; }

        /// <summary>The bus it is attached on.</summary>
        public DiskBus Bus { get; }

        /// <summary>The image format, when given.</summary>
        public DiskFormat? Format { get; }
    }
}
