using System;
using System.Collections.Generic;

namespace TopoLang.Runtime
{
    /// <summary>A host's CPU: vendor, shape and the cpu flags the topology relies on.</summary>
    public sealed class Cpu
    {
        /// <summary>Creates a CPU.</summary>
        /// <param name="vendor">The maker.</param>
        /// <param name="model">The model name, such as <c>Xeon Gold 6338</c>, when given.</param>
        /// <param name="sockets">The number of sockets.</param>
        /// <param name="cores">Cores per socket.</param>
        /// <param name="threadsPerCore">Hardware threads per core.</param>
        /// <param name="features">The cpu flags declared, such as <c>vmx</c> and <c>ept</c>.</param>
        /// <exception cref="ArgumentNullException"><paramref name="features"/> is null.</exception>
        /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
        public Cpu(CpuVendor vendor, string? model, int sockets, int cores, int threadsPerCore, IReadOnlyList<string> features)
        {
            Vendor = vendor;
            Model = model;
            Sockets = Guard.NotNegative(sockets, nameof(sockets));
            Cores = Guard.NotNegative(cores, nameof(cores));
            ThreadsPerCore = Guard.NotNegative(threadsPerCore, nameof(threadsPerCore));
            Features = ReadOnly.Copy(features, nameof(features));
        }

        /// <summary>The maker.</summary>
        public CpuVendor Vendor { get; }

        /// <summary>The model name, when given.</summary>
        public string? Model { get; }

        /// <summary>The number of sockets.</summary>
        public int Sockets { get; }

        /// <summary>Cores per socket.</summary>
        public int Cores { get; }

        /// <summary>Hardware threads per core.</summary>
        public int ThreadsPerCore { get; }

        /// <summary>The cpu flags declared, in the order written.</summary>
        public IReadOnlyList<string> Features { get; }

        /// <summary>
        /// The logical CPUs: sockets × cores × threads per core (<see cref="int.MaxValue"/> when
        /// the product is larger).
        /// </summary>
        public int Threads => (int)Math.Min(int.MaxValue, (long)Sockets * Cores * ThreadsPerCore);

        /// <summary>Whether a cpu flag is declared (compared ordinally, as flags are lower case).</summary>
        /// <param name="flag">The flag, such as <c>vmx</c>.</param>
        /// <returns>True when <see cref="Features"/> holds it.</returns>
        public bool HasFeature(string flag)
        {
            foreach (var feature in Features)
            {
                if (string.Equals(feature, flag, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
