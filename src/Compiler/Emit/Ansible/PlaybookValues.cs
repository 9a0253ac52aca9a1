using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using TopoLang.Compiler.Emit.Plan;
using TopoLang.Compiler.Emit.Targets;

namespace TopoLang.Compiler.Emit.Ansible;

/// <summary>
/// The values an operator must give (the plan's `${kind:key}` placeholders: zones, offerings,
/// passwords, ...). In Ansible they are one variable, <see cref="Variable"/>, a map from
/// `kind:key` to the value, given with `-e @values.yml`; the playbook asserts that every one is
/// there before anything runs. They are never written into the playbook.
/// </summary>
internal sealed class PlaybookValues
{
    public const string Variable = "topo_values";

    private readonly ImmutableSortedSet<string> _placeholders;
    private readonly ImmutableDictionary<string, ImmutableArray<string>> _inFiles;

    private PlaybookValues(ImmutableSortedSet<string> placeholders, ImmutableDictionary<string, ImmutableArray<string>> inFiles) =>
        (_placeholders, _inFiles) = (placeholders, inFiles);

    /// <summary>No value at all: a text with none.</summary>
    public static PlaybookValues None { get; } = new(ImmutableSortedSet<string>.Empty, ImmutableDictionary<string, ImmutableArray<string>>.Empty);

    /// <param name="files">The build's files, with the placeholders each holds.</param>
    public static PlaybookValues Of(DeploymentPlanModel plan, IEnumerable<TargetFile> files)
    {
        var placeholders = plan.Summary.Placeholders.ToImmutableSortedSet(System.StringComparer.Ordinal);
        var inFiles = ImmutableDictionary.CreateBuilder<string, ImmutableArray<string>>();
        foreach (var file in files)
        {
            // Nearly every file of a fleet (a domain, an xl.cfg) holds none: it is not listed, which reads the same.
            if (!file.Placeholders.IsEmpty)
            {
                inFiles.Add(file.File.RelativePath, file.Placeholders.Select(p => p.Text).Where(placeholders.Contains).Distinct().Order(System.StringComparer.Ordinal).Select(Placeholder.NameOf).ToImmutableArray());
            }
        }

        return new PlaybookValues(placeholders, inFiles.ToImmutable());
    }

    /// <summary>The keys (`kind:key`) of every value, sorted.</summary>
    public IEnumerable<string> Keys => _placeholders.Select(Placeholder.NameOf);

    public bool Contains(string placeholder) => _placeholders.Contains(placeholder);

    /// <summary>The Jinja expression of a placeholder's value.</summary>
    public string Lookup(string placeholder) => $"{Variable}[{JinjaText.StringLiteral(Placeholder.NameOf(placeholder))}]";

    /// <summary>The keys of the values a file of the build holds, sorted; none for a file without any (or not of the build).</summary>
    public ImmutableArray<string> InFile(string relativePath) =>
        _inFiles.TryGetValue(relativePath, out var keys) ? keys : ImmutableArray<string>.Empty;
}
