using System;
using System.Collections.Generic;
using System.Globalization;

namespace TopoLang.Runtime.Probing
{
    /// <summary>Reads the <c>key : value</c> lines of <c>/proc/cpuinfo</c> and <c>/proc/meminfo</c>.</summary>
    internal static class ProcText
    {
        private static readonly char[] Blanks = { ' ', '\t' };

        public static ProbeFacts Parse(string? cpuinfo, string? meminfo, KvmDeviceState kvm)
        {
            string? vendorId = null;
            string? modelName = null;
            string? flags = null;
            string? features = null;
            var cpuArchitecture = false;
            var processors = 0;
            foreach (var (key, value) in Lines(cpuinfo))
            {
                if (key == "processor")
                {
                    processors++;
                    continue;
                }

                // The facts come from the first processor; later blocks repeat them.
                if (processors > 1)
                {
                    continue;
                }

                switch (key)
                {
                    case "vendor_id":
                        vendorId ??= value;
                        break;
                    case "model name":
                        modelName ??= value;
                        break;
                    case "flags":
                        flags ??= value;
                        break;
                    case "Features":
                        features ??= value;
                        break;
                    case "CPU architecture":
                        cpuArchitecture = true;
                        break;
                }
            }

            var arch = vendorId != null || flags != null ? Architecture.X86_64
                : features != null || cpuArchitecture ? Architecture.Aarch64
                : (Architecture?)null;
            return new ProbeFacts(
                VendorOf(vendorId),
                modelName,
                SplitFlags(flags ?? features),
                processors,
                MemTotal(meminfo),
                kvm,
                arch,
                vendorId);
        }

        private static CpuVendor? VendorOf(string? vendorId) =>
            vendorId switch
            {
                "GenuineIntel" => CpuVendor.Intel,
                "AuthenticAMD" => CpuVendor.Amd,
                _ => null,
            };

        private static string[] SplitFlags(string? text) =>
            string.IsNullOrEmpty(text) ? Array.Empty<string>() : text!.Split(Blanks, StringSplitOptions.RemoveEmptyEntries);

        /// <summary><c>MemTotal:  24684084 kB</c>; the kernel's kB are KiB.</summary>
        private static Size? MemTotal(string? meminfo)
        {
            foreach (var (key, value) in Lines(meminfo))
            {
                if (key != "MemTotal")
                {
                    continue;
                }

                var parts = value.Split(Blanks, StringSplitOptions.RemoveEmptyEntries);
                if (parts.Length == 0 || parts.Length > 2
                    || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var amount))
                {
                    return null;
                }

                try
                {
                    return parts.Length == 1 ? Size.FromBytes(amount)
                        : parts[1] == "kB" ? Size.Kibibytes(amount)
                        : (Size?)null;
                }
                catch (OverflowException)
                {
                    return null;
                }
            }

            return null;
        }

        private static IEnumerable<(string Key, string Value)> Lines(string? text)
        {
            if (string.IsNullOrEmpty(text))
            {
                yield break;
            }

            var start = 0;
            while (start < text!.Length)
            {
                var end = text.IndexOf('\n', start);
                if (end < 0)
                {
                    end = text.Length;
                }

                var line = text.Substring(start, end - start);
                start = end + 1;
                var colon = line.IndexOf(':');
                if (colon > 0)
                {
                    yield return (line.Substring(0, colon).Trim(), line.Substring(colon + 1).Trim());
                }
            }
        }
    }
}
