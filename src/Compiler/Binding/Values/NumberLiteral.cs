using System;

namespace TopoLang.Compiler.Binding.Values;

/// <summary>
/// The value of a Number token, `[0-9][0-9_]*(\.[0-9]+)?` (LANGUAGE.md §2). The value is exact:
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
    public static bool TryParse(string text, out decimal value)
    {
        value = 0m;
        if (!IsWellFormed(text))
        {
            return false;
        }

        var dot = text.IndexOf('.');
        var integerDigits = dot < 0 ? text : text[..dot];
        var fractionDigits = dot < 0 ? string.Empty : text[(dot + 1)..].TrimEnd('0');
        if (fractionDigits.Length > MaxScale)
        {
            return false;
        }

        return TryBuild(integerDigits, fractionDigits, out value);
    }

    /// <summary>The mantissa is built as an integer (decimal arithmetic on integers never rounds) and the scale applied last.</summary>
    private static bool TryBuild(string integerDigits, string fractionDigits, out decimal value)
    {
        value = 0m;
        var mantissa = 0m;
        try
        {
            foreach (var c in integerDigits + fractionDigits)
            {
                if (c != '_')
                {
                    mantissa = (mantissa * 10m) + (c - '0');
                }
            }
        }
        catch (OverflowException)
        {
            return false;
        }

        var bits = decimal.GetBits(mantissa);
        value = new decimal(bits[0], bits[1], bits[2], isNegative: false, scale: (byte)fractionDigits.Length);
        return true;
    }

    private static bool IsWellFormed(string text)
    {
        if (string.IsNullOrEmpty(text) || !IsDigit(text[0]))
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
