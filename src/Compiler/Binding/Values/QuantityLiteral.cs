using System;
using System.Diagnostics.CodeAnalysis;

namespace TopoLang.Compiler.Binding.Values;

/// <summary>The value of a Quantity token: a number, optional spaces or tabs, a unit (docs/language.md, "Lexical structure").</summary>
public static class QuantityLiteral
{
    /// <summary>
    /// Reads `8 GiB`, `1.5GiB`, `70 %`, `300_000 KRW/month`. False when the text does not split
    /// into a number and a known unit, or the number does not fit (see <see cref="NumberLiteral"/>);
    /// <see cref="TrySplit"/> tells those apart.
    /// </summary>
    public static bool TryParse(string tokenText, out Quantity quantity) => TryParse(tokenText.AsSpan(), out quantity);

    /// <inheritdoc cref="TryParse(string, out Quantity)"/>
    public static bool TryParse(ReadOnlySpan<char> tokenText, out Quantity quantity)
    {
        quantity = default;
        if (!Split(tokenText, out var numberEnd, out var unitStart)
            || !UnitCatalog.TryGet(tokenText[unitStart..], out var unit)
            || !NumberLiteral.TryParse(tokenText[..numberEnd], out var number))
        {
            return false;
        }

        quantity = new Quantity(number, unit);
        return true;
    }

    /// <summary>
    /// Splits the token text into its number and unit words without judging either: the number
    /// is the leading run of digits, underscores and a point, the unit is what follows the
    /// spaces or tabs after it. False when either part is empty.
    /// </summary>
    public static bool TrySplit(string tokenText, [NotNullWhen(true)] out string? numberText, [NotNullWhen(true)] out string? unitText)
    {
        numberText = null;
        unitText = null;
        if (tokenText is null || !Split(tokenText, out var numberEnd, out var unitStart))
        {
            return false;
        }

        numberText = tokenText[..numberEnd];
        unitText = tokenText[unitStart..];
        return true;
    }

    private static bool Split(ReadOnlySpan<char> tokenText, out int numberEnd, out int unitStart)
    {
        numberEnd = 0;
        while (numberEnd < tokenText.Length && IsNumberChar(tokenText[numberEnd]))
        {
            numberEnd++;
        }

        unitStart = numberEnd;
        while (unitStart < tokenText.Length && tokenText[unitStart] is ' ' or '\t')
        {
            unitStart++;
        }

        return numberEnd > 0 && unitStart < tokenText.Length;
    }

    private static bool IsNumberChar(char c) => c is (>= '0' and <= '9') or '_' or '.';
}
