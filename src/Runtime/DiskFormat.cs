namespace TopoLang.Runtime
{
    /// <summary>The image format of a guest's disk.</summary>
    public enum DiskFormat
    {
        /// <summary>QEMU copy-on-write v2.</summary>
        Qcow2,

        /// <summary>A raw image.</summary>
        Raw,
    }
}
