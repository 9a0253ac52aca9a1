using System;

namespace TopoLang.Compiler.Model;

/// <summary>Maps schema words to model enums: `x86_64` to X86_64, `host-passthrough` to HostPassthrough.</summary>
public static class ModelWords
{
    public static TEnum Parse<TEnum>(string word)
        where TEnum : struct, Enum =>
        WordsOf<TEnum>.ByWord.TryGetValue(word, out var value)
            ? value
            : throw new ArgumentException($"'{word}' is not a {typeof(TEnum).Name}; the schema and the model disagree.", nameof(word));

    /// <summary>The schema word of an enum member: HostPassthrough to `host-passthrough`, X86_64 to `x86_64`.</summary>
    public static string ToWord<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        WordOf<TEnum>.ByValue.TryGetValue(value, out var word) ? word : MakeWord(value);

    private static string MakeWord<TEnum>(TEnum value)
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

    // Each member's word, made once: the emitters write a word or two for each of a fleet's guests.
    private static class WordOf<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly System.Collections.Generic.Dictionary<TEnum, string> ByValue = Build();

        private static System.Collections.Generic.Dictionary<TEnum, string> Build()
        {
            var words = new System.Collections.Generic.Dictionary<TEnum, string>();
            foreach (var value in Enum.GetValues<TEnum>())
            {
                words[value] = MakeWord(value);
            }

            return words;
        }
    }

    // Built once per enum: the model reads a word per guest, so this is on the hot path.
    private static class WordsOf<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly System.Collections.Generic.Dictionary<string, TEnum> ByWord = Build();

        private static System.Collections.Generic.Dictionary<string, TEnum> Build()
        {
            var map = new System.Collections.Generic.Dictionary<string, TEnum>(StringComparer.OrdinalIgnoreCase);
            foreach (var value in Enum.GetValues<TEnum>())
            {
                map[Normalize(value.ToString())] = value;
                map[MakeWord(value)] = value;
            }

            return map;
        }
    }

    private static string Normalize(string text) => text.Replace("-", string.Empty).Replace("_", string.Empty);
}
