using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace TopoLang.Runtime.Probing
{
    /// <summary>Compares a declared host with the facts of a real machine.</summary>
    public static class HostFit
    {
        private const int ListedDomUs = 3;

        /// <summary>
        /// What this machine lacks to be the declared host, one full sentence each; empty when it
        /// fits. Checked: the architecture; the CPU vendor; the vendor's hardware virtualization
        /// flag (<c>vmx</c> for Intel, <c>svm</c> for AMD) when the host runs KVM, or Xen with HVM
        /// or PVH domUs (x86_64 hosts only); a <c>/dev/kvm</c> that opens read-write when it runs
        /// KVM; at least as many logical CPUs as declared threads; and memory. Each fact is judged
        /// on its own: a working <c>/dev/kvm</c> does not excuse a missing <c>vmx</c>, nor the other
        /// way round. <c>MemTotal</c> is a little below installed memory (firmware and the kernel
        /// keep some), so memory is lacking only when it is below the declared memory by more than
        /// 5% plus 64 MiB. Facts that could not be read are reported as unknown. Nested
        /// hypervisors (inside guests) are not checked: they are not hosts.
        /// </summary>
        /// <param name="declared">The host as the topology declares it.</param>
        /// <param name="facts">The facts of the machine, from <see cref="HostProbe"/>.</param>
        /// <returns>The sentences, in the order above.</returns>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        public static IReadOnlyList<string> Missing(Host declared, ProbeFacts facts)
        {
            Guard.NotNull(declared, nameof(declared));
            Guard.NotNull(facts, nameof(facts));
            var missing = new List<string>();
            CheckArchitecture(declared, facts, missing);
            if (!facts.CpuKnown)
            {
                missing.Add($"this machine's CPU is unknown (/proc/cpuinfo lists no processor), so its vendor, flags and logical CPUs cannot be compared with host '{declared.Name}'");
            }
            else
            {
                if (ChecksX86(declared, facts))
                {
                    CheckVendor(declared, facts, missing);
                    CheckVirtualizationFlag(declared, facts, missing);
                }

                CheckLogicalCpus(declared, facts, missing);
            }

            CheckKvmDevice(declared, facts, missing);
            CheckMemory(declared, facts, missing);
            return ReadOnly.Wrap(missing.ToArray());
        }

        /// <summary>Vendor and flags mean something only on an x86_64 host checked on a machine that is not aarch64.</summary>
        private static bool ChecksX86(Host declared, ProbeFacts facts) =>
            declared.Arch == Architecture.X86_64 && facts.Arch != Architecture.Aarch64;

        private static void CheckArchitecture(Host declared, ProbeFacts facts, List<string> missing)
        {
            if (facts.Arch is Architecture arch && arch != declared.Arch)
            {
                missing.Add($"this machine is {ArchWord(arch)}, but host '{declared.Name}' is declared {ArchWord(declared.Arch)}");
            }
        }

        private static void CheckVendor(Host declared, ProbeFacts facts, List<string> missing)
        {
            var wanted = declared.Cpu.Vendor;
            if (facts.Vendor is CpuVendor vendor)
            {
                if (vendor != wanted)
                {
                    missing.Add($"this machine's CPU is {VendorWord(vendor)} ({facts.VendorId ?? VendorId(vendor)}), but host '{declared.Name}' declares an {VendorWord(wanted)} CPU");
                }
            }
            else if (facts.VendorId != null)
            {
                missing.Add($"this machine's CPU vendor is '{facts.VendorId}', but host '{declared.Name}' declares an {VendorWord(wanted)} CPU ({VendorId(wanted)})");
            }
            else
            {
                missing.Add($"this machine's CPU vendor is unknown (/proc/cpuinfo has no vendor_id), but host '{declared.Name}' declares an {VendorWord(wanted)} CPU");
            }
        }

        private static void CheckVirtualizationFlag(Host declared, ProbeFacts facts, List<string> missing)
        {
            var flag = declared.Cpu.Vendor == CpuVendor.Intel ? "vmx" : "svm";
            if (facts.HasFlag(flag))
            {
                return;
            }

            var technology = declared.Cpu.Vendor == CpuVendor.Intel ? "Intel VT-x" : "AMD-V";
            var hypervisor = declared.Hypervisor;
            if (hypervisor.Kind == HypervisorKind.Kvm)
            {
                missing.Add($"this machine's CPU lacks '{flag}' ({technology}), which KVM needs");
            }
            else if (hypervisor is XenHypervisor xen)
            {
                var needing = xen.DomUs.Where(d => d.NeedsHardwareVirtualization).Select(d => d.Name).ToList();
                if (needing.Count > 0)
                {
                    missing.Add($"this machine's CPU lacks '{flag}' ({technology}), which Xen needs for its HVM and PVH domUs ({ListNames(needing)})");
                }
            }
        }

        private static void CheckKvmDevice(Host declared, ProbeFacts facts, List<string> missing)
        {
            if (declared.Hypervisor.Kind != HypervisorKind.Kvm)
            {
                return;
            }

            switch (facts.KvmDevice)
            {
                case KvmDeviceState.Missing:
                    missing.Add("this machine has no /dev/kvm, which KVM needs");
                    break;
                case KvmDeviceState.PresentNotAccessible:
                    missing.Add("this machine's /dev/kvm cannot be opened read-write by this user, which KVM needs");
                    break;
            }
        }

        private static void CheckLogicalCpus(Host declared, ProbeFacts facts, List<string> missing)
        {
            var cpu = declared.Cpu;
            if (facts.LogicalCpus < cpu.Threads)
            {
                missing.Add(
                    $"this machine has {Count(facts.LogicalCpus, "logical CPU")}, fewer than the {Count(cpu.Threads, "thread")} declared for host '{declared.Name}' "
                    + $"({Count(cpu.Sockets, "socket")} × {Count(cpu.Cores, "core")} × {Count(cpu.ThreadsPerCore, "thread")})");
            }
        }

        private static void CheckMemory(Host declared, ProbeFacts facts, List<string> missing)
        {
            if (facts.Memory is not Size memory)
            {
                missing.Add($"this machine's memory is unknown (/proc/meminfo has no MemTotal), but host '{declared.Name}' declares {declared.Memory}");
                return;
            }

            var declaredBytes = declared.Memory.Bytes;
            var slack = (declaredBytes / 20) + (64L * 1024 * 1024);
            if (memory.Bytes < declaredBytes - slack)
            {
                missing.Add($"this machine has {Approximate(memory)} of memory (MemTotal), less than the {declared.Memory} declared for host '{declared.Name}'");
            }
        }

        private static string ListNames(List<string> names)
        {
            var shown = string.Join(", ", names.Take(ListedDomUs).Select(n => "'" + n + "'"));
            return names.Count > ListedDomUs ? $"{shown} and {names.Count - ListedDomUs} more" : shown;
        }

        private static string Count(int count, string noun) =>
            count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");

        /// <summary>A machine's memory to one decimal: <c>62.8 GiB</c>, <c>980.4 MiB</c>.</summary>
        private static string Approximate(Size size)
        {
            const double GiB = 1024.0 * 1024 * 1024;
            const double MiB = 1024.0 * 1024;
            return size.Bytes >= (long)GiB
                ? (size.Bytes / GiB).ToString("0.#", CultureInfo.InvariantCulture) + " GiB"
                : (size.Bytes / MiB).ToString("0.#", CultureInfo.InvariantCulture) + " MiB";
        }

        private static string ArchWord(Architecture arch) => arch == Architecture.Aarch64 ? "aarch64" : "x86_64";

        private static string VendorWord(CpuVendor vendor) => vendor == CpuVendor.Intel ? "Intel" : "AMD";

        private static string VendorId(CpuVendor vendor) => vendor == CpuVendor.Intel ? "GenuineIntel" : "AuthenticAMD";
    }
}
