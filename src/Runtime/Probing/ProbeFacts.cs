using System;
using System.Collections.Generic;

namespace TopoLang.Runtime.Probing
{
    /// <summary>
    /// What a machine reports about itself: CPU vendor, model and flags, logical CPUs, memory and
    /// <c>/dev/kvm</c>. Each fact is as reported; none is inferred from another (a virtual machine
    /// can have a working <c>/dev/kvm</c> while its CPU flags show no <c>vmx</c> or <c>svm</c>).
    /// </summary>
    public sealed class ProbeFacts
    {
        private readonly HashSet<string> _flagSet;

        /// <summary>Creates a set of facts.</summary>
        /// <param name="vendor">The CPU vendor, when it is Intel or AMD.</param>
        /// <param name="modelName">The CPU model name, when reported.</param>
        /// <param name="flags">The CPU flags of the first processor (on aarch64, its features).</param>
        /// <param name="logicalCpus">The number of logical CPUs; 0 when unknown.</param>
        /// <param name="memory">The memory the kernel manages (<c>MemTotal</c>), when known.</param>
        /// <param name="kvmDevice">What <c>/dev/kvm</c> allows.</param>
        /// <param name="arch">The machine's architecture, when known.</param>
        /// <param name="vendorId">The raw vendor id, such as <c>GenuineIntel</c>, when reported.</param>
        /// <exception cref="ArgumentNullException"><paramref name="flags"/> is null.</exception>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="logicalCpus"/> is negative.</exception>
        public ProbeFacts(
            CpuVendor? vendor,
            string? modelName,
            IReadOnlyList<string> flags,
            int logicalCpus,
            Size? memory,
            KvmDeviceState kvmDevice,
            Architecture? arch = null,
            string? vendorId = null)
        {
            Vendor = vendor;
            ModelName = modelName;
            Flags = ReadOnly.Copy(flags, nameof(flags));
            LogicalCpus = Guard.NotNegative(logicalCpus, nameof(logicalCpus));
            Memory = memory;
            KvmDevice = kvmDevice;
            Arch = arch;
            VendorId = vendorId;
            _flagSet = new HashSet<string>(Flags, StringComparer.Ordinal);
        }

        /// <summary>The CPU vendor, when it is Intel or AMD.</summary>
        public CpuVendor? Vendor { get; }

        /// <summary>The raw vendor id (<c>vendor_id</c>), such as <c>GenuineIntel</c>, when reported.</summary>
        public string? VendorId { get; }

        /// <summary>The CPU model name, when reported.</summary>
        public string? ModelName { get; }

        /// <summary>The machine's architecture, when known.</summary>
        public Architecture? Arch { get; }

        /// <summary>The CPU flags of the first processor, in the order reported (on aarch64, its <c>Features</c>).</summary>
        public IReadOnlyList<string> Flags { get; }

        /// <summary>The number of logical CPUs; 0 when unknown.</summary>
        public int LogicalCpus { get; }

        /// <summary>The memory the kernel manages (<c>MemTotal</c>, a little less than installed), when known.</summary>
        public Size? Memory { get; }

        /// <summary>What <c>/dev/kvm</c> allows.</summary>
        public KvmDeviceState KvmDevice { get; }

        /// <summary>Whether the CPU flags include <c>vmx</c> (Intel VT-x) or <c>svm</c> (AMD-V).</summary>
        public bool HasHardwareVirtualizationFlag => HasFlag("vmx") || HasFlag("svm");

        /// <summary>Whether the CPU flags include <c>hypervisor</c>: this machine is itself a virtual machine.</summary>
        public bool LooksVirtualized => HasFlag("hypervisor");

        /// <summary>Whether anything was read about the CPU (at least one processor).</summary>
        public bool CpuKnown => LogicalCpus > 0;

        /// <summary>Whether the CPU flags include a flag (compared ordinally).</summary>
        /// <param name="flag">The flag, such as <c>avx2</c>.</param>
        /// <returns>True when reported.</returns>
        public bool HasFlag(string flag) => flag != null && _flagSet.Contains(flag);
    }
}
