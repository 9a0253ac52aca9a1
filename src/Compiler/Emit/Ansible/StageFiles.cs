using System;
using System.Collections.Generic;
using System.Linq;
using TopoLang.Compiler.Emit.Plan;
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

    /// <summary>A command the entry runs: the build's files it names are the entry's too (<see cref="StepActions.AddFilesOf"/>).</summary>
    /// <param name="entry">The same string as the last command's when it is the same entry (<see cref="StepRunners"/>).</param>
    public void Add(string entry, PlanStep step, IReadOnlySet<string> buildFiles)
    {
        if (!ReferenceEquals(entry, _lastEntry) || _lastFiles is null)
        {
            _lastEntry = entry;
            _lastFiles = FilesOf(entry);
        }

        StepActions.AddFilesOf(step, buildFiles, _lastFiles);
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
        Add(vars, tasks, "topo_folders", Folders,
            "Make the run folder and the folders of its files", "ansible.builtin.file", new YamlMap()
                .Add("path", YamlNode.Text("{{ topo_dir }}/{{ item }}"))
                .Add("state", YamlNode.Word("directory"))
                .Add("mode", YamlNode.Text("0755")));
        Add(vars, tasks, "topo_copies", Copies,
            "Copy the files the commands use", "ansible.builtin.copy", new YamlMap()
                .Add("src", YamlNode.Text("{{ topo_artifacts }}/{{ item }}"))
                .Add("dest", YamlNode.Text("{{ topo_dir }}/{{ item }}"))
                .Add("mode", YamlNode.Text("0644")));
        Add(vars, tasks, "topo_filled", Filled,
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

    // The folders of an entry whose commands name no file of the build, nearly every one of a fleet's: one list for them all.
    private static readonly YamlSequence RunFolderOnly = YamlNode.Sequence(YamlNode.Text("."));

    /// <summary>The variable (per entry, the list <paramref name="items"/> makes of its files, if any) and its task, when some entry has a list.</summary>
    private void Add(YamlMap vars, List<YamlNode> tasks, string variable, Func<List<string>, YamlNode?> items, string name, string module, YamlMap options)
    {
        var entries = new YamlMap(capacity: _byEntry.Count);
        foreach (var (entry, files) in _byEntry)
        {
            if (items(files) is { } list)
            {
                entries.Add(entry, list);
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

    /// <summary>The run folder, then the folders of the files, each once.</summary>
    private static YamlNode Folders(List<string> files)
    {
        if (files.Count == 0)
        {
            return RunFolderOnly;
        }

        var folders = new List<string> { "." };
        foreach (var file in files)
        {
            var folder = Folder(file);
            if (folder.Length > 0 && !folders.Contains(folder))
            {
                folders.Add(folder);
            }
        }

        return YamlNode.Sequence(folders.Select(YamlNode.Text));
    }

    /// <summary>The files without the operator's values, copied as they are; null when none.</summary>
    private YamlNode? Copies(List<string> files)
    {
        var copies = files.Count == 0 ? null : files.Where(file => _values.InFile(file).IsEmpty).Select(YamlNode.Text).ToList();
        return copies is { Count: > 0 } ? YamlNode.Sequence(copies) : null;
    }

    /// <summary>The files with the operator's values, each with the keys of its values; null when none.</summary>
    private YamlNode? Filled(List<string> files)
    {
        var filled = files.Count == 0 ? null : files.Where(file => !_values.InFile(file).IsEmpty).Select(file => (YamlNode)new YamlMap()
            .Add("path", YamlNode.Text(file))
            .Add("values", YamlNode.Sequence(_values.InFile(file).Select(YamlNode.Text)))).ToList();
        return filled is { Count: > 0 } ? YamlNode.Sequence(filled) : null;
    }

    private static string Folder(string path) => path.LastIndexOf('/') is var slash and > 0 ? path[..slash] : string.Empty;
}
