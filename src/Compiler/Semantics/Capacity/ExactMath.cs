using System.Numerics;

namespace TopoLang.Compiler.Semantics.Capacity;

/// <summary>
/// Capacity arithmetic without rounding surprises: a byte count times a ratio is computed
/// exactly and rounded down, so a host never "has" a byte it cannot give.
/// </summary>
internal static class ExactMath
{
    /// <summary>
    /// floor(<paramref name="amount"/> × <paramref name="ratio"/>) for non-negative inputs.
    /// A decimal is an integer scaled by a power of ten, so the product is exact as a
    /// BigInteger; decimal multiplication would round past 28 digits (19-digit byte counts
    /// times a many-digit ratio), and a rounded-up product could cross a whole byte. Saturates
    /// at decimal.MaxValue, which is beyond any sum of sizes the binder accepts.
    /// </summary>
    public static decimal FloorTimes(decimal amount, decimal ratio) => FloorTimes(amount, ratio, out _);

    /// <summary>As <see cref="FloorTimes(decimal, decimal)"/>; <paramref name="roundedDown"/> says whether a fraction was dropped.</summary>
    public static decimal FloorTimes(decimal amount, decimal ratio, out bool roundedDown)
    {
        var (amountUnits, amountScale) = Split(amount);
        var (ratioUnits, ratioScale) = Split(ratio);
        var product = BigInteger.DivRem(amountUnits * ratioUnits, BigInteger.Pow(10, amountScale + ratioScale), out var fraction);
        roundedDown = !fraction.IsZero;
        return product > MaxDecimal ? decimal.MaxValue : (decimal)product;
    }

    private static readonly BigInteger MaxDecimal = new(decimal.MaxValue);

    // A decimal is a 96-bit integer and a power-of-ten scale; read both as they are stored.
    private static (BigInteger Units, int Scale) Split(decimal value)
    {
        System.Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var units = ((BigInteger)(uint)bits[2] << 64) | ((BigInteger)(uint)bits[1] << 32) | (uint)bits[0];
        return (value < 0 ? -units : units, (bits[3] >> 16) & 0xFF);
    }
}
