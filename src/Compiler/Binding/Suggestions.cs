using System;
using System.Collections.Generic;

namespace TopoLang.Compiler.Binding;

/// <summary>"Did you mean": the closest candidate by edit distance, when it is close enough to be a typo.</summary>
public static class Suggestions
{
    public static string? Closest(string word, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Distance(word, candidate);
            if (distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(candidate, best) < 0))
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        var allowed = Math.Max(1, Math.Min(word.Length, best?.Length ?? 0) / 3);
        return best is not null && bestDistance <= allowed && bestDistance > 0 ? best : null;
    }

    /// <summary>"; did you mean 'x'?" or "".</summary>
    public static string DidYouMean(string word, IEnumerable<string> candidates) => Phrase(Closest(word, candidates));

    /// <summary>"; did you mean 'x'?" for a suggestion already found, "" for none.</summary>
    public static string Phrase(string? suggestion) => suggestion is null ? string.Empty : $"; did you mean '{suggestion}'?";

    /// <summary>Optimal string alignment distance: a swapped pair of letters counts as one edit.</summary>
    private static int Distance(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 3)
        {
            return int.MaxValue;
        }

        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
