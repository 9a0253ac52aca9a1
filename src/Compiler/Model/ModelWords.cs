using System;

namespace TopoLang.Compiler.Model;

/// <summary>Maps schema words to model enums: `x86_64` to X86_64, `host-passthrough` to HostPassthrough.</summary>
public static class ModelWords
{
    public static TEnum Parse<TEnum>(string word)
        where TEnum : struct, Enum
    {
        foreach (var name in Enum.GetNames<TEnum>())
        {
            if (string.Equals(Normalize(name), Normalize(word), StringComparison.OrdinalIgnoreCase))
            {
                return Enum.Parse<TEnum>(name);
            }
        }

        throw new ArgumentException($"'{word}' is not a {typeof(TEnum).Name}; the schema and the model disagree.", nameof(word));
    }

    /// <summary>The schema word of an enum member: HostPassthrough to `host-passthrough`, X86_64 to `x86_64`.</summary>
    public static string ToWord<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var name = value.ToString();
        if (name.Contains('_'))
        {
            return name.ToLowerInvariant();
        }

        var builder = new System.Text.StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]) && typeof(TEnum) == typeof(CpuMode))
            {
                builder.Append('-');
            }

            builder.Append(char.ToLowerInvariant(name[i]));
        }

        return builder.ToString();
    }

    private static string Normalize(string text) => text.Replace("-", string.Empty).Replace("_", string.Empty);
}
