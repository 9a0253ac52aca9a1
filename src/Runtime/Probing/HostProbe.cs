using System;
using System.IO;

namespace TopoLang.Runtime.Probing
{
    /// <summary>Reads the facts of the machine this code runs on, on Linux.</summary>
    public static class HostProbe
    {
        /// <summary>The file the CPU facts are read from.</summary>
        public const string CpuInfoPath = "/proc/cpuinfo";

        /// <summary>The file the memory is read from.</summary>
        public const string MemInfoPath = "/proc/meminfo";

        /// <summary>The KVM device.</summary>
        public const string KvmDevicePath = "/dev/kvm";

        /// <summary>
        /// Reads <c>/proc/cpuinfo</c> and <c>/proc/meminfo</c> and tries to open <c>/dev/kvm</c>
        /// read-write. Never throws: a file that cannot be read gives unknown facts (no vendor,
        /// no flags, 0 logical CPUs, no memory), as on a machine that is not Linux.
        /// </summary>
        /// <returns>The facts of this machine.</returns>
        public static ProbeFacts Probe() => Probe(CpuInfoPath, MemInfoPath, KvmDevicePath);

        /// <summary>Same as <see cref="Probe()"/>, from other paths (a copy of <c>/proc</c>, a test).</summary>
        /// <param name="cpuInfoPath">The file in the form of <c>/proc/cpuinfo</c>.</param>
        /// <param name="memInfoPath">The file in the form of <c>/proc/meminfo</c>.</param>
        /// <param name="kvmDevicePath">The device (or file) to open read-write.</param>
        /// <returns>The facts read; never throws.</returns>
        public static ProbeFacts Probe(string cpuInfoPath, string memInfoPath, string kvmDevicePath) =>
            FromText(ReadText(cpuInfoPath), ReadText(memInfoPath), ProbeKvm(kvmDevicePath));

        /// <summary>
        /// Reads recorded texts: the vendor (<c>vendor_id</c> GenuineIntel or AuthenticAMD),
        /// <c>model name</c> and <c>flags</c> of the first processor (on aarch64, where there is no
        /// vendor_id, its <c>Features</c>), the number of <c>processor</c> lines, and
        /// <c>MemTotal</c> (in kB, that is KiB).
        /// </summary>
        /// <param name="cpuinfo">The text of <c>/proc/cpuinfo</c>; empty or null when unknown.</param>
        /// <param name="meminfo">The text of <c>/proc/meminfo</c>; empty or null when unknown.</param>
        /// <param name="kvm">What <c>/dev/kvm</c> allows.</param>
        /// <returns>The facts read.</returns>
        public static ProbeFacts FromText(string? cpuinfo, string? meminfo, KvmDeviceState kvm) =>
            ProcText.Parse(cpuinfo, meminfo, kvm);

        /// <summary>Opens the KVM device read-write and closes it again.</summary>
        /// <param name="path">The device, normally <c>/dev/kvm</c>.</param>
        /// <returns>Whether it is there and opens read-write; never throws.</returns>
        public static KvmDeviceState ProbeKvm(string path)
        {
            try
            {
                using (new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite, bufferSize: 1))
                {
                    return KvmDeviceState.Accessible;
                }
            }
            catch (Exception e) when (e is FileNotFoundException || e is DirectoryNotFoundException)
            {
                return KvmDeviceState.Missing;
            }
            catch (Exception e) when (IsIoFailure(e))
            {
                return Exists(path) ? KvmDeviceState.PresentNotAccessible : KvmDeviceState.Missing;
            }
        }

        private static string ReadText(string path)
        {
            try
            {
                return File.ReadAllText(path);
            }
            catch (Exception e) when (IsIoFailure(e))
            {
                return string.Empty;
            }
        }

        private static bool Exists(string path)
        {
            try
            {
                return File.Exists(path) || Directory.Exists(path);
            }
            catch (Exception e) when (IsIoFailure(e))
            {
                return false;
            }
        }

        /// <summary>The ways opening or reading a file fails; anything else (out of memory) is not ours to hide.</summary>
        private static bool IsIoFailure(Exception e) =>
            e is IOException
            || e is UnauthorizedAccessException
            || e is NotSupportedException
            || e is ArgumentException
            || e is System.Security.SecurityException
            || e is PlatformNotSupportedException;
    }
}
