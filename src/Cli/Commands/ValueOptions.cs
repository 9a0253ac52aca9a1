using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using TopoLang.Compiler;
using TopoLang.Compiler.Hosting;

namespace TopoLang.Cli.Commands;

/// <summary>
/// `--values FILE` and `-v kind:key=value`: the operator's values for the placeholders, filled
/// into the written artifacts and the plan's commands (docs/plan-schema.md, "Values").
/// </summary>
internal sealed class ValueOptions
{
    public Option<string?> File { get; } = new("--values")
    {
        Description = "A file of kind:key=value lines: the values to fill in for the placeholders (docs/plan-schema.md).",
        HelpName = "FILE",
    };

    public Option<string[]> Values { get; } = new("--value", "-v")
    {
        Description = "Give one placeholder's value: -v zone:kr-central-2=ID (repeatable; wins over --values).",
        HelpName = "KIND:KEY=VALUE",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(File);
        command.Options.Add(Values);
    }

    public TopoCompilationOptions Apply(ParseResult result, TopoCompilationOptions options)
    {
        var path = result.GetValue(File);
        var parsed = OperatorValueFile.Parse(path, path is null ? null : Read(path), result.GetValue(Values) ?? Array.Empty<string>());
        return parsed.Error is { } error ? throw new UsageException(error) : options with { Values = parsed.Values };
    }

    /// <summary>Every value must name a placeholder of one of the topologies: a typo would otherwise fill nothing, silently.</summary>
    public static void ThrowIfUnknown(TopoCompilationOptions options, IEnumerable<TopoCompilation> compilations)
    {
        if (options.Values.Values.IsEmpty)
        {
            return;
        }

        if (OperatorValueFile.Unknown(options.Values, compilations.SelectMany(compilation => compilation.ValueNames())) is { } error)
        {
            throw new UsageException(error);
        }
    }

    private static string Read(string path)
    {
        try
        {
            return System.IO.File.ReadAllText(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"--values {path}: {exception.Message}");
        }
    }
}
