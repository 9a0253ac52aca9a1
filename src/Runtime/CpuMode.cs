namespace TopoLang.Runtime
{
    /// <summary>The CPU model a KVM/QEMU guest sees (libvirt's <c>cpu mode</c>).</summary>
    public enum CpuMode
    {
        /// <summary>The host CPU exactly (<c>host-passthrough</c>).</summary>
        HostPassthrough,

        /// <summary>The named CPU model closest to the host's (<c>host-model</c>).</summary>
        HostModel,

        /// <summary>A named CPU model (<c>custom</c>).</summary>
        Custom,
    }
}
