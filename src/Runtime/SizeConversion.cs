using System.Numerics;

namespace TopoLang.Runtime
{
    /// <summary>
    /// A number of a size unit in bytes, or why it has none. The one place that judges a size:
    /// <see cref="Size.Parse"/> and the compiler's size literals read their text apart and both
    /// come here, so that they cannot disagree on what a size is.
    /// </summary>
    internal static class SizeConversion
    {
        private static readonly BigInteger MinBytes = new BigInteger(long.MinValue);
        private static readonly BigInteger MaxBytes = new BigInteger(long.MaxValue);

        /// <summary>
        /// <paramref name="number"/> <paramref name="unit"/>s in bytes (<paramref name="unit"/> is a symbol
        /// of <see cref="SizeUnits.All"/>). A number both too large and fractional is
        /// <see cref="SizeParseStatus.Overflow"/>: its size is the bigger mistake.
        /// </summary>
        public static SizeParseStatus ToBytes(ExactDecimal number, string unit, out long bytes)
        {
            bytes = 0;
            if (!SizeUnits.TryGetFactor(unit, out var factor))
            {
                return SizeParseStatus.UnknownUnit;
            }

            if (TryWholeProduct(number, factor, out bytes))
            {
                return SizeParseStatus.Ok;
            }

            var whole = new ExactDecimal(number.Mantissa * factor, number.Scale).TryGetInteger(out var integer);
            if (integer > MaxBytes || integer < MinBytes)
            {
                return SizeParseStatus.Overflow;
            }

            if (!whole)
            {
                return SizeParseStatus.FractionalBytes;
            }

            bytes = (long)integer;
            return SizeParseStatus.Ok;
        }

        // Most sizes are whole numbers of a unit (`8 GiB`): multiply as longs and keep the exact,
        // slower path for fractions and for products that do not fit.
        private static bool TryWholeProduct(ExactDecimal number, long factor, out long bytes)
        {
            bytes = 0;
            if (number.Scale != 0 || number.Mantissa.Sign < 0 || number.Mantissa > MaxBytes)
            {
                return false;
            }

            var count = (long)number.Mantissa;
            if (count > long.MaxValue / factor)
            {
                return false;
            }

            bytes = count * factor;
            return true;
        }
    }
}
