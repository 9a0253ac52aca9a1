using System.Globalization;

namespace TopoLang.Compiler.Emit.Yaml;

/// <summary>A decimal as YAML and Python read it back exactly: invariant, no exponent, no trailing zeros (`75.0` is `75`).</summary>
public static class DecimalText
{
    public static string Format(decimal value)
    {
        var text = value.ToString("0.############################", CultureInfo.InvariantCulture);
        return text == "-0" ? "0" : text;
    }
}
