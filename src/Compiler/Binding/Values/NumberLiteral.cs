using System;

namespace TopoLang.Compiler.Binding.Values;

/// <summary>
/// The value of a Number token, `[0-9][0-9_]*(\.[0-9]+)?` (docs/language.md, "Lexical structure"). The value is exact:
/// a literal that a <see cref="decimal"/> cannot hold without rounding (more than 28 digits
/// after the point once trailing zeros are dropped, or beyond about 7.9e28) is refused, so
/// that `1.00000000000000000000000000001 B` can never pass as a whole byte.
/// </summary>
public static class NumberLiteral
{
    private const int MaxScale = 28;

    /// <summary>
    /// Reads the literal, dropping underscores and trailing zeros after the point (`1.50` is 1.5,
    /// `4.0` is 4). False when the text is not a number literal or does not fit a decimal exactly.
    /// </summary>
    public static bool TryParse(string text, out decimal value) => TryParse(text.AsSpan(), out value);

    /// <inheritdoc cref="TryParse(string, out decimal)"/>
    public static bool TryParse(ReadOnlySpan<char> text, out decimal value)
    {
        value = 0m;
        if (!IsWellFormed(text))
        {
            return false;
        }

        var dot = text.IndexOf('.');
        var integerDigits = dot < 0 ? text : text[..dot];
        var fractionDigits = dot < 0 ? ReadOnlySpan<char>.Empty : text[(dot + 1)..].TrimEnd('0');
        if (fractionDigits.Length > MaxScale)
        {
            return false;
        }

        return TryBuild(integerDigits, fractionDigits, out value);
    }

    /// <summary>The mantissa is built as an integer (integer arithmetic never rounds) and the scale applied last.</summary>
    private static bool TryBuild(ReadOnlySpan<char> integerDigits, ReadOnlySpan<char> fractionDigits, out decimal value)
    {
        value = 0m;
        if (!TryMantissa(integerDigits, fractionDigits, out var mantissa))
        {
            return false;
        }

        Span<int> bits = stackalloc int[4]; // GetBits(decimal) allocates an array: twice per guest
        decimal.GetBits(mantissa, bits);
        value = new decimal(bits[0], bits[1], bits[2], isNegative: false, scale: (byte)fractionDigits.Length);
        return true;
    }

    private static bool TryMantissa(ReadOnlySpan<char> integerDigits, ReadOnlySpan<char> fractionDigits, out decimal mantissa)
    {
        // Nineteen digits always fit a ulong: the common literal never touches decimal arithmetic.
        if (integerDigits.Length + fractionDigits.Length <= 19)
        {
            var small = Accumulate(fractionDigits, Accumulate(integerDigits, 0UL));
            mantissa = small;
            return true;
        }

        mantissa = 0m;
        try
        {
            mantissa = Accumulate(fractionDigits, Accumulate(integerDigits, 0m));
            return true;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    private static ulong Accumulate(ReadOnlySpan<char> digits, ulong value)
    {
        foreach (var c in digits)
        {
            value = c == '_' ? value : (value * 10) + (ulong)(c - '0');
        }

        return value;
    }

    private static decimal Accumulate(ReadOnlySpan<char> digits, decimal value)
    {
        foreach (var c in digits)
        {
            value = c == '_' ? value : (value * 10m) + (c - '0');
        }

        return value;
    }

    private static bool IsWellFormed(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || !IsDigit(text[0]))
        {
            return false;
        }

        var position = 1;
        while (position < text.Length && (IsDigit(text[position]) || text[position] == '_'))
        {
            position++;
        }

        if (position == text.Length)
        {
            return true;
        }

        if (text[position] != '.' || position + 1 == text.Length)
        {
            return false;
        }

        for (position++; position < text.Length; position++)
        {
            if (!IsDigit(text[position]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsDigit(char c) => c is >= '0' and <= '9';
}
