using System.Numerics;

namespace TopoLang.Compiler.Binding.Values;

/// <summary>
/// Turns a size quantity into bytes exactly (docs/language.md, "Lexical structure": `1.5 GiB` yes, `1.1 B` no). The
/// product is computed on whole numbers, so it is never rounded and never wrapped.
/// </summary>
public static class ByteSizeConversion
{
    private static readonly BigInteger MinBytes = long.MinValue;
    private static readonly BigInteger MaxBytes = long.MaxValue;

    /// <summary>
    /// The number of bytes. A quantity both too large and fractional reports
    /// <see cref="ByteSizeError.Overflow"/>: its size is the bigger mistake.
    /// </summary>
    public static ByteSizeResult ToBytes(Quantity quantity)
    {
        if (quantity.Unit is not { Kind: UnitKind.Size } unit)
        {
            return new ByteSizeResult(0, ByteSizeError.NotASize);
        }

        if (TryWholeProduct(quantity.Number, unit.Factor, out var bytes))
        {
            return new ByteSizeResult(bytes, ByteSizeError.None);
        }

        var product = ExactDecimal.From(quantity.Number).Multiply(ExactDecimal.From(unit.Factor));
        var whole = product.TryGetInteger(out var integer);
        if (integer > MaxBytes || integer < MinBytes)
        {
            return new ByteSizeResult(0, ByteSizeError.Overflow);
        }

        return whole
            ? new ByteSizeResult((long)integer, ByteSizeError.None)
            : new ByteSizeResult(0, ByteSizeError.FractionalBytes);
    }

    // Most sizes are whole numbers of a unit (`8 GiB`): multiply as longs and keep the exact,
    // slower path for fractions and for products that do not fit.
    private static bool TryWholeProduct(decimal number, decimal factor, out long bytes)
    {
        bytes = 0;
        if (number < 0 || number > long.MaxValue || number != decimal.Truncate(number) || factor != decimal.Truncate(factor) || factor < 1 || factor > long.MaxValue)
        {
            return false;
        }

        var whole = (long)number;
        var unitBytes = (long)factor;
        if (whole > long.MaxValue / unitBytes)
        {
            return false;
        }

        bytes = whole * unitBytes;
        return true;
    }
}
