namespace TopoLang.Runtime
{
    /// <summary>The device model of a guest's network interface.</summary>
    public enum NicDeviceModel
    {
        /// <summary>Paravirtualized virtio-net.</summary>
        Virtio,

        /// <summary>An emulated Intel e1000.</summary>
        E1000,

        /// <summary>Xen's paravirtualized netfront.</summary>
        Netfront,
    }
}
