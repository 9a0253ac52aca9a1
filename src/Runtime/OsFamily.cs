namespace TopoLang.Runtime
{
    /// <summary>The family of a guest's operating system.</summary>
    public enum OsFamily
    {
        /// <summary>Linux; can run as a Xen PV guest.</summary>
        Linux,

        /// <summary>Windows; runs as a Xen HVM guest, not PV.</summary>
        Windows,

        /// <summary>A BSD; can run as a Xen PV guest.</summary>
        Bsd,

        /// <summary>Any other operating system; runs as a Xen HVM guest, not PV.</summary>
        Other,
    }
}
