using System.Globalization;

namespace TopoLang.Compiler.Binding;

/// <summary>Counting that stops at long.MaxValue instead of wrapping: a count past the limits only has to be big.</summary>
internal static class Saturating
{
    public static long Add(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;

    public static long Multiply(long a, long b)
    {
        if (a == 0 || b == 0)
        {
            return 0;
        }

        return a > long.MaxValue / b ? long.MaxValue : a * b;
    }

    public static string Format(long value) => value == long.MaxValue ? "more than 9.2e18" : value.ToString("N0", CultureInfo.InvariantCulture);
}
