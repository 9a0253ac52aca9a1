using System;

namespace TopoLang.Compiler.Syntax;

/// <summary>The unit words a quantity may carry (docs/language.md, "Lexical structure"). Case-sensitive.</summary>
public static class Units
{
    public static bool IsUnit(ReadOnlySpan<char> word) => word switch
    {
        "B" or "KiB" or "MiB" or "GiB" or "TiB" or "PiB" => true,
        "KB" or "MB" or "GB" or "TB" or "PB" => true,
        "MHz" or "GHz" or "Mbps" or "Gbps" => true,
        "ms" or "s" or "min" or "h" or "d" => true,
        "KRW" or "USD" or "EUR" => true,
        _ => false,
    };

    /// <summary>Money units may be written per month (`KRW/month`): fees are monthly either way.</summary>
    public static bool IsMoney(ReadOnlySpan<char> word) => word is "KRW" or "USD" or "EUR";

    public const string PerMonthSuffix = "/month";
}
