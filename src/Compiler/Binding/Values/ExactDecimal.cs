using System.Numerics;

namespace TopoLang.Compiler.Binding.Values;

/// <summary>
/// A decimal taken apart into an integer mantissa and a power-of-ten scale, so that products
/// are computed without the rounding decimal multiplication does when the mantissa overflows.
/// </summary>
internal readonly record struct ExactDecimal(BigInteger Mantissa, int Scale)
{
    public static ExactDecimal From(decimal value)
    {
        var bits = decimal.GetBits(value);
        var magnitude = (new BigInteger((uint)bits[2]) << 64) | (new BigInteger((uint)bits[1]) << 32) | new BigInteger((uint)bits[0]);
        var negative = bits[3] < 0;
        var scale = (bits[3] >> 16) & 0xFF;
        return new ExactDecimal(negative ? -magnitude : magnitude, scale);
    }

    public ExactDecimal Multiply(ExactDecimal other) => new(Mantissa * other.Mantissa, Scale + other.Scale);

    /// <summary>The value as a whole number, or false when it has a non-zero fraction.</summary>
    public bool TryGetInteger(out BigInteger integer)
    {
        integer = BigInteger.DivRem(Mantissa, BigInteger.Pow(10, Scale), out var remainder);
        return remainder.IsZero;
    }
}
