namespace TopoLang.Runtime
{
    /// <summary>An amount of memory or storage, held as an exact number of bytes.</summary>
    public readonly struct Size
    {
        /// <summary>Creates a size of <paramref name="bytes"/> bytes.</summary>
        public Size(long bytes) => Bytes = bytes;

        /// <summary>The exact number of bytes.</summary>
        public long Bytes { get; }
    }
}
