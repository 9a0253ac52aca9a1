using System.Collections.Generic;
using System.Globalization;

namespace TopoLang.Compiler.Emit.Ansible;

/// <summary>
/// Ansible group names are Python identifiers (it warns about and rewrites others), so a
/// TopoLang name's hyphens become underscores; two names that then meet (`a-b`, `a_b`) are told
/// apart by a number, in the order they are asked for.
/// </summary>
internal sealed class GroupNames
{
    private readonly HashSet<string> _taken = new(System.StringComparer.Ordinal);

    public GroupNames(IEnumerable<string> reserved)
    {
        foreach (var name in reserved)
        {
            _taken.Add(name);
        }
    }

    public static string Stage(int index) => "stage_" + (index + 1).ToString(CultureInfo.InvariantCulture);

    /// <summary>A new group name: <paramref name="prefix"/> then the name with `-` as `_`.</summary>
    public string Unique(string prefix, string name)
    {
        var candidate = prefix + name.Replace('-', '_');
        var unique = candidate;
        for (var n = 2; !_taken.Add(unique); n++)
        {
            unique = candidate + "_" + n.ToString(CultureInfo.InvariantCulture);
        }

        return unique;
    }
}
