namespace TopoLang.Runtime
{
    /// <summary>The hypervisor a host (or a nested guest) runs.</summary>
    public enum HypervisorKind
    {
        /// <summary>KVM, the Linux kernel's hypervisor, with QEMU as device model; needs VT-x or AMD-V.</summary>
        Kvm,

        /// <summary>QEMU alone (TCG emulation): needs no hardware virtualization and is far slower.</summary>
        Qemu,

        /// <summary>Xen, with a privileged dom0 and unprivileged domUs.</summary>
        Xen,
    }
}
