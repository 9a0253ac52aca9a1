using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace TopoLang.Compiler.Emit.Targets;

/// <summary>
/// Ids a topology cannot know (a CloudStack zone's id, a service offering's id) are written as
/// named placeholders such as `${zone:kr-central-1}` and `${offering:2vcpu-4gib}` (docs/language.md, "What `topo build` writes"),
/// which an operator fills in. The plan lists exactly those found in the files.
/// </summary>
public static partial class Placeholders
{
    public static string Of(string kind, string key) => "${" + kind + ":" + key + "}";

    /// <summary>Every distinct placeholder in the texts, sorted.</summary>
    public static IReadOnlyList<string> Find(IEnumerable<string> texts) =>
        texts.SelectMany(text => Pattern().Matches(text).Select(match => match.Value))
            .Distinct()
            .OrderBy(p => p, System.StringComparer.Ordinal)
            .ToList();

    /// <summary>`zone` for `${zone:kr-central-1}`.</summary>
    public static string KindOf(string placeholder) => placeholder[2..placeholder.IndexOf(':')];

    [GeneratedRegex(@"\$\{[a-z][a-z0-9-]*:[^{}\s'""]+\}")]
    private static partial Regex Pattern();
}
