using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace TopoLang.Tests.PlanSimulation;

/// <summary>
/// What every simulated machine shares while a plan is walked: the output folder the commands
/// run from, the step being run, and the violations found so far.
/// </summary>
public sealed partial class SimulationRun(string outputFolder)
{
    private static readonly string[] ArtifactExtensions = { ".xml", ".cfg", ".txt", ".yaml", ".json", ".cmk", ".topo" };

    private readonly List<Violation> _violations = new();

    public IReadOnlyList<Violation> Violations => _violations;

    public string Step { get; set; } = string.Empty;

    public void Violate(string rule, string detail) => _violations.Add(new Violation(Step, rule, detail));

    /// <summary>A file of the output folder that a command names: it must exist and hold no placeholder.</summary>
    public string? File(string relativePath)
    {
        var path = Path.GetFullPath(Path.Combine(outputFolder, relativePath));
        if (!System.IO.File.Exists(path))
        {
            Violate(Rules.FileExists, relativePath);
            return null;
        }

        var text = System.IO.File.ReadAllText(path);
        if (Placeholder().Match(text) is { Success: true } placeholder)
        {
            Violate(Rules.NoPlaceholder, $"{relativePath} holds {placeholder.Value}");
        }

        return text;
    }

    /// <summary>Every word of a command: no placeholder; each one that names a file of the build: that file.</summary>
    public void CheckWords(IEnumerable<string> words)
    {
        foreach (var word in words)
        {
            if (Placeholder().Match(word) is { Success: true } placeholder)
            {
                Violate(Rules.NoPlaceholder, $"the command holds {placeholder.Value}");
            }

            var path = word.StartsWith("./", System.StringComparison.Ordinal) ? word[2..] : word;
            if (!path.StartsWith('/') && path.Contains('/') && ArtifactExtensions.Contains(Path.GetExtension(path)))
            {
                File(path);
            }
        }
    }

    [GeneratedRegex(@"\$\{[a-z0-9-]+:[^}\s]*\}")]
    private static partial Regex Placeholder();
}
