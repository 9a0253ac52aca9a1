using System;
using System.Collections.Generic;
using System.Linq;

namespace TopoLang.Tests.PlanSimulation;

/// <summary>
/// A cloud as the plan's `openstack` and `cmk` commands see it: its enabled compute hosts, images,
/// flavors, stacks, the ids its CloudStack calls created and its autoscale groups. A private
/// OpenStack cloud must have every image and flavor a template names; a provider's cloud must be
/// given its own ids as the stack's parameters.
/// </summary>
public sealed class SimulatedCloud(string name, bool fromProvider, SimulationRun run, IReadOnlyDictionary<string, SimulatedHost> hosts)
{
    private static readonly string[] Prologue = { "set ", "missing=", "case ", "if ", "id_of()" };

    private readonly HashSet<string> _images = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flavors = new(StringComparer.Ordinal);
    private readonly HashSet<string> _stacks = new(StringComparer.Ordinal);
    private readonly HashSet<string> _createdIds = new(StringComparer.Ordinal);
    private readonly HashSet<string> _autoscaleGroups = new(StringComparer.Ordinal);

    public void Run(IReadOnlyList<string> command)
    {
        run.CheckWords(command);
        switch (command[0])
        {
            case "sh" when command.Count > 2 && command[1] == "-c":
                foreach (var inner in ShellWords.Commands(command[2], command.Skip(3).ToList()))
                {
                    Run(inner);
                }

                break;
            case "sh" when run.File(command[1]) is { } script:
                RunCloudMonkeyScript(script);
                break;
            case "openstack":
                OpenStack(command);
                break;
            case "cmk":
                CloudMonkey(command.Skip(1).Where(word => word is not ("-o" or "json")).ToList(), createdId: null);
                break;
            case "jq" or "sh":
                break;
            default:
                run.Violate(Rules.KnownCommand, string.Join(" ", command));
                break;
        }
    }

    private void OpenStack(IReadOnlyList<string> command)
    {
        switch (command[1], command[2])
        {
            case ("compute", "service"):
                RequireComputeHost(command[^2]);
                break;
            case ("image", "create"):
                _images.Add(command[^1]);
                break;
            case ("flavor", "create"):
                _flavors.Add(command[^1]);
                break;
            case ("stack", "create"):
                CreateStack(command);
                break;
            case ("stack", "resource") when !_stacks.Contains(command[^1]):
                run.Violate(Rules.CloudObjectsFirst, $"stack {command[^1]} does not exist on {name}");
                break;
        }
    }

    private void RequireComputeHost(string host)
    {
        if (!hosts.TryGetValue(host, out var machine) || !machine.HasHypervisor)
        {
            run.Violate(Rules.CloudObjectsFirst, $"compute host {host} of {name} has no hypervisor installed");
        }
    }

    /// <summary>`stack create --wait -t TEMPLATE [--parameter NAME=VALUE]... STACK`.</summary>
    private void CreateStack(IReadOnlyList<string> command)
    {
        var template = run.File(command[command.ToList().IndexOf("-t") + 1]);
        var given = command.Select((word, index) => (word, index)).Where(p => p.word == "--parameter").Select(p => command[p.index + 1].Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
        foreach (var (parameter, value) in template is null ? new Dictionary<string, string>() : HotParameters.Defaults(template))
        {
            var kind = parameter.EndsWith(".image", StringComparison.Ordinal) ? _images : parameter.EndsWith(".flavor", StringComparison.Ordinal) ? _flavors : null;
            if (kind is null)
            {
                continue;
            }

            if (fromProvider ? !given.ContainsKey(parameter) : !given.ContainsKey(parameter) && !kind.Contains(value))
            {
                run.Violate(Rules.CloudObjectsFirst, $"stack {command[^1]} needs {parameter} = {value}, which {name} does not have");
            }
        }

        _stacks.Add(command[^1]);
    }

    /// <summary>
    /// The calls of a .cmk script, read as sh would: its prologue skipped, each `cmk API ...` line
    /// a call, each `VAR=$(id_of API ...)` line a call whose created id VAR names from then on.
    /// </summary>
    private void RunCloudMonkeyScript(string script)
    {
        foreach (var line in script.Split('\n').Where(line => line.Length > 0 && !line.StartsWith('#') && !Prologue.Any(line.StartsWith)))
        {
            var assignment = line.IndexOf("=$(id_of ", StringComparison.Ordinal);
            var created = assignment > 0 ? line[..assignment] : null;
            var callText = created is null ? line : line[(assignment + "=$(id_of ".Length)..line.LastIndexOf(')')];
            var words = ShellWords.Commands(callText, Array.Empty<string>()).Single();
            run.CheckWords(words);
            CloudMonkey(words[0] == "cmk" ? words.Skip(1).ToList() : words, created);
        }
    }

    private void CloudMonkey(IReadOnlyList<string> call, string? createdId)
    {
        var parameters = call.Skip(1).Where(word => word.Contains('=')).Select(word => word.Split('=', 2)).ToList();
        foreach (var (key, value) in parameters.Select(p => (p[0], p[1])))
        {
            if (value.StartsWith('$') && !_createdIds.Contains(value[1..]))
            {
                run.Violate(Rules.CreatedIdsFirst, $"{call[0]} {key}={value}: no earlier call created it");
            }
        }

        switch (call[0], call.Count > 1 ? call[1] : string.Empty)
        {
            case ("add", "host"):
                RequireComputeHost(parameters.Single(p => p[0] == "url")[1].Replace("http://", string.Empty, StringComparison.Ordinal));
                break;
            case ("createAutoScaleVmGroup", _):
                _autoscaleGroups.Add(parameters.Single(p => p[0] == "name")[1]);
                break;
            case ("list", "autoscalevmgroups") when !_autoscaleGroups.Contains(parameters.Single(p => p[0] == "name")[1]):
                run.Violate(Rules.CloudObjectsFirst, $"no autoscale group {parameters.Single(p => p[0] == "name")[1]} on {name}");
                break;
        }

        if (createdId is not null)
        {
            _createdIds.Add(createdId);
        }
    }
}
