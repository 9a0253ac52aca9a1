using System;
using System.Collections.Generic;

namespace TopoLang.Runtime
{
    /// <summary>A provider's offering, such as KT Cloud D1: its platform, scaling and services.</summary>
    public sealed class Provider
    {
        /// <summary>Creates a provider's offering.</summary>
        /// <param name="name">Its name, unique in the topology.</param>
        /// <param name="platform">The IaaS platform it runs.</param>
        /// <param name="scaling">The ways it can scale.</param>
        /// <param name="services">The services it offers, such as <c>server</c> or <c>data-lake</c>.</param>
        /// <param name="monthlyFee">Its monthly fee, when given.</param>
        /// <param name="currency">The fee's currency, such as <c>KRW</c>, when given.</param>
        /// <exception cref="ArgumentNullException">The name or a list is null.</exception>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="monthlyFee"/> is negative.</exception>
        public Provider(string name, CloudPlatform platform, IReadOnlyList<ScalingMode> scaling, IReadOnlyList<string> services, decimal? monthlyFee, string? currency)
        {
            Name = Guard.NotNull(name, nameof(name));
            Platform = platform;
            Scaling = ReadOnly.CopyValues(scaling, nameof(scaling));
            Services = ReadOnly.Copy(services, nameof(services));
            MonthlyFee = Guard.NotNegative(monthlyFee, nameof(monthlyFee));
            Currency = currency;
        }

        /// <summary>Its name, unique in the topology.</summary>
        public string Name { get; }

        /// <summary>The IaaS platform it runs.</summary>
        public CloudPlatform Platform { get; }

        /// <summary>The ways it can scale.</summary>
        public IReadOnlyList<ScalingMode> Scaling { get; }

        /// <summary>The services it offers.</summary>
        public IReadOnlyList<string> Services { get; }

        /// <summary>Its monthly fee, when given.</summary>
        public decimal? MonthlyFee { get; }

        /// <summary>The fee's currency, when given.</summary>
        public string? Currency { get; }

        /// <summary>Whether it can scale in the given way.</summary>
        /// <param name="mode">Up or out.</param>
        /// <returns>True when <see cref="Scaling"/> holds it.</returns>
        public bool CanScale(ScalingMode mode)
        {
            foreach (var scaling in Scaling)
            {
                if (scaling == mode)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether it offers a service (compared ordinally).</summary>
        /// <param name="service">The service, such as <c>data-lake</c>.</param>
        /// <returns>True when <see cref="Services"/> holds it.</returns>
        public bool Offers(string service)
        {
            foreach (var offered in Services)
            {
                if (string.Equals(offered, service, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
