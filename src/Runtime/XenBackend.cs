namespace TopoLang.Runtime
{
    /// <summary>A kind of device backend that a Xen dom0 or driver domain serves.</summary>
    public enum XenBackend
    {
        /// <summary>Network backend (netback).</summary>
        Net,

        /// <summary>Block device backend (blkback).</summary>
        Block,
    }
}
