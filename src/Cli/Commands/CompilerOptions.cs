using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.CommandLine;
using TopoLang.Compiler;
using TopoLang.Compiler.Diagnostics;
using TopoLang.Compiler.Hosting;

namespace TopoLang.Cli.Commands;

/// <summary>The options every compiling command shares (docs/language.md, "The `topo` command").</summary>
internal sealed class CompilerOptions
{
    public Option<string[]> Parameters { get; } = new("--param", "-p")
    {
        Description = "Set a param of the topology: -p NAME=VALUE (repeatable).",
        HelpName = "NAME=VALUE",
    };

    public Option<bool> WarningsAsErrors { get; } = new("--warnaserror") { Description = "Treat every warning as an error." };

    public Option<string[]> ErrorCodes { get; } = new("--error")
    {
        Description = "Treat these warnings as errors: --error TOPO2003,TOPO4002.",
        HelpName = "CODE,...",
    };

    public Option<string[]> NoWarnCodes { get; } = new("--nowarn")
    {
        Description = "Hide these warnings: --nowarn TOPO2004.",
        HelpName = "CODE,...",
    };

    public Option<string?> Root { get; } = new("--root")
    {
        Description = "The project root; imports may not leave it. Default: the entry file's folder.",
        HelpName = "DIR",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Parameters);
        command.Options.Add(WarningsAsErrors);
        command.Options.Add(ErrorCodes);
        command.Options.Add(NoWarnCodes);
        command.Options.Add(Root);
    }

    public TopoCompilationOptions GetCompilationOptions(ParseResult result) => new()
    {
        Parameters = ParseParameters(result.GetValue(Parameters) ?? Array.Empty<string>()),
        ProjectRoot = result.GetValue(Root) is { } root ? System.IO.Path.GetFullPath(root) : null,
        Diagnostics = GetDiagnosticOptions(result),
        RecordReferences = false,
        StreamLargeFiles = true,
    };

    private DiagnosticOptions GetDiagnosticOptions(ParseResult result) => new()
    {
        WarningsAsErrors = result.GetValue(WarningsAsErrors),
        ErrorCodes = ParseCodes(result.GetValue(ErrorCodes), "--error"),
        NoWarnCodes = ParseCodes(result.GetValue(NoWarnCodes), "--nowarn"),
    };

    private static ImmutableDictionary<string, string> ParseParameters(IEnumerable<string> assignments)
    {
        var parsed = ParameterAssignments.Parse(assignments, ParameterNameRule.NotEmpty);
        if (!parsed.Malformed.IsEmpty)
        {
            throw new UsageException($"-p '{parsed.Malformed[0]}': write -p NAME=VALUE");
        }

        return parsed.Parameters;
    }

    private static ImmutableHashSet<string> ParseCodes(string[]? values, string option)
    {
        var parsed = DiagnosticCodeList.Parse(values ?? Array.Empty<string>(), DiagnosticCodeList.CommandLineSeparators);
        if (!parsed.Unknown.IsEmpty)
        {
            throw new UsageException($"{option} {parsed.Unknown[0]}: no such diagnostic code (see `topo explain CODE`)");
        }

        return parsed.Known;
    }
}
