using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace TopoLang.Tests.Infrastructure;

/// <summary>
/// Finds `${kind:key}` in written text. The compiler never reads its output back: targets say
/// which placeholders they wrote. The tests read the text to hold them to it, and to check that
/// no other text reads as a placeholder.
/// </summary>
public static partial class WrittenPlaceholders
{
    /// <summary>Every distinct placeholder in the texts, sorted.</summary>
    public static IReadOnlyList<string> Find(IEnumerable<string> texts) =>
        texts.SelectMany(text => Pattern().Matches(text).Select(match => match.Value))
            .Distinct()
            .OrderBy(p => p, System.StringComparer.Ordinal)
            .ToList();

    /// <summary>`zone` for `${zone:kr-central-1}`.</summary>
    public static string KindOf(string placeholder) => placeholder[2..placeholder.IndexOf(':', System.StringComparison.Ordinal)];

    [GeneratedRegex(@"\$\{[a-z][a-z0-9-]*:[^{}\s'""]+\}")]
    private static partial Regex Pattern();
}
