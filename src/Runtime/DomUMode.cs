namespace TopoLang.Runtime
{
    /// <summary>How a Xen domU is virtualized.</summary>
    public enum DomUMode
    {
        /// <summary>Paravirtualized: a modified kernel, no VT-x/AMD-V needed.</summary>
        Pv,

        /// <summary>PVH: paravirtualized in a hardware container; needs VT-x/AMD-V.</summary>
        Pvh,

        /// <summary>Fully virtualized for unmodified operating systems; needs VT-x/AMD-V.</summary>
        Hvm,
    }
}
