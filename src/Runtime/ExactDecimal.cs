using System.Numerics;

namespace TopoLang.Runtime
{
    /// <summary>
    /// A number as an integer mantissa and a power-of-ten scale (<c>1.5</c> is 15 and 1), so that
    /// multiplying it by a unit is integer arithmetic: never rounded, never wrapped.
    /// </summary>
    internal readonly struct ExactDecimal
    {
        public ExactDecimal(BigInteger mantissa, int scale)
        {
            Mantissa = mantissa;
            Scale = scale;
        }

        public BigInteger Mantissa { get; }

        /// <summary>How many digits of the mantissa stand after the point.</summary>
        public int Scale { get; }

        /// <summary>The decimal's own mantissa and scale: the compiler reads its literals as decimals.</summary>
        public static ExactDecimal From(decimal value)
        {
#if NET
            // The array overload allocates; the compiler reads a size per guest.
            System.Span<int> bits = stackalloc int[4];
            decimal.GetBits(value, bits);
#else
            var bits = decimal.GetBits(value);
#endif
            var scale = (bits[3] >> 16) & 0xFF;
            var integerMantissa = new decimal(bits[0], bits[1], bits[2], value < 0m, 0);
            return new ExactDecimal(new BigInteger(integerMantissa), scale);
        }

        /// <summary>The value as a whole number, or false when it has a non-zero fraction.</summary>
        public bool TryGetInteger(out BigInteger integer)
        {
            integer = BigInteger.DivRem(Mantissa, BigInteger.Pow(10, Scale), out var remainder);
            return remainder.IsZero;
        }
    }
}
