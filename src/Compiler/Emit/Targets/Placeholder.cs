namespace TopoLang.Compiler.Emit.Targets;

/// <summary>
/// A value a target cannot know, written as `${kind:key}` (docs/language.md, "What `topo build`
/// writes"). Targets return the placeholders they write with each file and step, so that the
/// plan lists what an operator must fill from data, never by reading the written text back.
/// </summary>
public sealed record Placeholder(string Kind, string Key, PlaceholderFiller FilledBy)
{
    public string Text => "${" + Name + "}";

    /// <summary>`kind:key`: how an operator names the placeholder in a values file or `-v`.</summary>
    public string Name => Kind + ":" + Key;

    /// <summary>The <see cref="Name"/> within a placeholder's <see cref="Text"/>: `${zone:kr-central-2}` is `zone:kr-central-2`.</summary>
    public static string NameOf(string text) => text[2..^1];
}
