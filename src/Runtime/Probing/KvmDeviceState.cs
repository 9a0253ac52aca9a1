namespace TopoLang.Runtime.Probing
{
    /// <summary>What this machine's <c>/dev/kvm</c> allows.</summary>
    public enum KvmDeviceState
    {
        /// <summary>There is no <c>/dev/kvm</c>.</summary>
        Missing,

        /// <summary><c>/dev/kvm</c> exists, but this process cannot open it read-write.</summary>
        PresentNotAccessible,

        /// <summary><c>/dev/kvm</c> opens read-write: KVM guests can be started by this process.</summary>
        Accessible,
    }
}
