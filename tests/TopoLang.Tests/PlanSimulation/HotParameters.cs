using System.Collections.Generic;

namespace TopoLang.Tests.PlanSimulation;

/// <summary>The defaults of a Heat template's `parameters`, as our writer lays them out (two spaces a level).</summary>
public static class HotParameters
{
    public static Dictionary<string, string> Defaults(string template)
    {
        var defaults = new Dictionary<string, string>(System.StringComparer.Ordinal);
        var inParameters = false;
        string? current = null;
        foreach (var line in template.Split('\n'))
        {
            if (!line.StartsWith(' '))
            {
                inParameters = line == "parameters:";
            }
            else if (inParameters && line.StartsWith("  ", System.StringComparison.Ordinal) && !line.StartsWith("   ", System.StringComparison.Ordinal))
            {
                current = line.Trim().TrimEnd(':');
            }
            else if (inParameters && current is not null && line.Trim().StartsWith("default: ", System.StringComparison.Ordinal))
            {
                defaults[current] = line.Trim()["default: ".Length..].Trim('"');
            }
        }

        return defaults;
    }
}
