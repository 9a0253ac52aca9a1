using System;

namespace TopoLang.Runtime
{
    /// <summary>How an instance group grows and shrinks by count.</summary>
    public sealed class ScaleOutPolicy
    {
        /// <summary>Creates a scale-out policy.</summary>
        /// <param name="min">The fewest instances.</param>
        /// <param name="max">The most instances.</param>
        /// <param name="cpuAbovePercent">Add an instance when average CPU use is above this percentage.</param>
        /// <param name="cpuBelowPercent">Remove an instance when average CPU use is below this percentage.</param>
        /// <param name="cooldown">The least time between two scaling actions.</param>
        /// <exception cref="ArgumentOutOfRangeException">A count, percentage or the cooldown is negative.</exception>
        public ScaleOutPolicy(int min, int max, decimal cpuAbovePercent, decimal cpuBelowPercent, TimeSpan cooldown)
        {
            Min = Guard.NotNegative(min, nameof(min));
            Max = Guard.NotNegative(max, nameof(max));
            CpuAbovePercent = Guard.NotNegative(cpuAbovePercent, nameof(cpuAbovePercent));
            CpuBelowPercent = Guard.NotNegative(cpuBelowPercent, nameof(cpuBelowPercent));
            Cooldown = cooldown >= TimeSpan.Zero
                ? cooldown
                : throw new ArgumentOutOfRangeException(nameof(cooldown), cooldown, "cooldown must not be negative.");
        }

        /// <summary>The fewest instances.</summary>
        public int Min { get; }

        /// <summary>The most instances.</summary>
        public int Max { get; }

        /// <summary>Add an instance when average CPU use is above this percentage.</summary>
        public decimal CpuAbovePercent { get; }

        /// <summary>Remove an instance when average CPU use is below this percentage.</summary>
        public decimal CpuBelowPercent { get; }

        /// <summary>The least time between two scaling actions.</summary>
        public TimeSpan Cooldown { get; }
    }
}
