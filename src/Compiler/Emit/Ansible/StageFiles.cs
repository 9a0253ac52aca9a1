using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using TopoLang.Compiler.Emit.Yaml;

namespace TopoLang.Compiler.Emit.Ansible;

/// <summary>
/// The build's files a stage's commands use, per entry: they run in the run folder (`topo_dir`)
/// on the host, as the plan's commands run in the output folder, so the folder and the files are
/// put there first. A file with placeholders is written with the operator's values in it; the
/// others are copied as they are. Both are idempotent: an unchanged file is not written again.
/// </summary>
internal sealed class StageFiles(PlaybookValues values)
{
    // Per entry that runs a command of the stage, in the order of its first, the files its commands name, each once.
    private readonly List<(string Entry, List<string> Files)> _byEntry = new();
    private readonly Dictionary<string, List<string>> _filesOf = new(StringComparer.Ordinal);
    private readonly PlaybookValues _values = values;
    private string? _lastEntry;
    private List<string>? _lastFiles;

    /// <summary>A command the entry runs, and the build's files it names (<see cref="StepActions.FilesOf"/>).</summary>
    /// <param name="entry">The same string as the last command's when it is the same entry (<see cref="StepRunners"/>).</param>
    public void Add(string entry, ImmutableArray<string> files)
    {
        if (!ReferenceEquals(entry, _lastEntry) || _lastFiles is null)
        {
            _lastEntry = entry;
            _lastFiles = FilesOf(entry);
        }

        foreach (var file in files)
        {
            if (!_lastFiles.Contains(file))
            {
                _lastFiles.Add(file);
            }
        }
    }

    private List<string> FilesOf(string entry)
    {
        if (!_filesOf.TryGetValue(entry, out var files))
        {
            files = new List<string>();
            _filesOf.Add(entry, files);
            _byEntry.Add((entry, files));
        }

        return files;
    }

    /// <summary>
    /// Adds `topo_folders`, `topo_copies` and `topo_filled` to the play's variables, each only when
    /// some entry has one, and the task that reads each, in the order they must run.
    /// </summary>
    public void AddTo(YamlMap vars, List<YamlNode> tasks)
    {
        Add(vars, tasks, "topo_folders", files => files.Select(Folder).Where(folder => folder.Length > 0).Prepend(".").Distinct(StringComparer.Ordinal).Select(YamlNode.Text),
            "Make the run folder and the folders of its files", "ansible.builtin.file", new YamlMap()
                .Add("path", YamlNode.Text("{{ topo_dir }}/{{ item }}"))
                .Add("state", YamlNode.Word("directory"))
                .Add("mode", YamlNode.Text("0755")));
        Add(vars, tasks, "topo_copies", files => files.Where(file => _values.InFile(file).IsEmpty).Select(YamlNode.Text),
            "Copy the files the commands use", "ansible.builtin.copy", new YamlMap()
                .Add("src", YamlNode.Text("{{ topo_artifacts }}/{{ item }}"))
                .Add("dest", YamlNode.Text("{{ topo_dir }}/{{ item }}"))
                .Add("mode", YamlNode.Text("0644")));
        Add(vars, tasks, "topo_filled", files => files.Where(file => !_values.InFile(file).IsEmpty).Select(file => (YamlNode)new YamlMap()
                .Add("path", YamlNode.Text(file))
                .Add("values", YamlNode.Sequence(_values.InFile(file).Select(YamlNode.Text)))),
            "Write the files the commands use with the operator's values in them", "ansible.builtin.copy", new YamlMap()
                .Add("content", YamlNode.Text(FilledText))
                .Add("dest", YamlNode.Text("{{ topo_dir }}/{{ item.path }}"))
                .Add("mode", YamlNode.Text("0644")));
    }

    /// <summary>The file as the build wrote it, each `${kind:key}` in it replaced by the value the operator gave.</summary>
    private const string FilledText =
        "{% set file = namespace(text=lookup('ansible.builtin.file', topo_artifacts ~ '/' ~ item.path, rstrip=false)) %}"
        + "{% for key in item['values'] %}{% set file.text = file.text | replace('${' ~ key ~ '}', " + PlaybookValues.Variable + "[key]) %}{% endfor %}"
        + "{{ file.text }}";

    /// <summary>The variable (per entry, the items <paramref name="items"/> makes of its files) and its task, when some entry has items.</summary>
    private void Add(YamlMap vars, List<YamlNode> tasks, string variable, Func<List<string>, IEnumerable<YamlNode>> items, string name, string module, YamlMap options)
    {
        var entries = new YamlMap();
        foreach (var (entry, files) in _byEntry)
        {
            var list = items(files).ToList();
            if (list.Count > 0)
            {
                entries.Add(entry, YamlNode.Sequence(list));
            }
        }

        if (entries.Entries.Count == 0)
        {
            return;
        }

        vars.Add(variable, entries);
        tasks.Add(new YamlMap()
            .Add("name", YamlNode.Text(name))
            .Add(module, options)
            .Add("loop", YamlNode.Text($"{{{{ {variable}[inventory_hostname] | default([]) }}}}")));
    }

    private static string Folder(string path) => path.LastIndexOf('/') is var slash and > 0 ? path[..slash] : string.Empty;
}
