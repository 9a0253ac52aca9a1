using System;
using System.CommandLine;
using System.Linq;
using TopoLang.Cli.Commands;

namespace TopoLang.Cli;

/// <summary>The `topo` command line: builds the commands, runs one, and maps failures to exit codes.</summary>
public static class TopoCli
{
    public static int Run(string[] args, CliEnvironment environment)
    {
        var root = new RootCommand("TopoLang: check virtual topologies against their hardware, and build their models and plans.");
        root.Subcommands.Add(CheckCommand.Create(environment));
        root.Subcommands.Add(BuildCommand.Create(environment));
        root.Subcommands.Add(PlanCommand.Create(environment));
        root.Subcommands.Add(GraphCommand.Create(environment));
        root.Subcommands.Add(ExplainCommand.Create(environment));
        root.Subcommands.Add(ProbeCommand.Create(environment));
        root.Subcommands.Add(ReferenceCommand.Create(environment));
        root.Subcommands.Add(FmtCommand.Create(environment));
        root.Subcommands.Add(LspCommand.Create(environment));

        var result = root.Parse(args);
        if (result.Errors.Count > 0)
        {
            foreach (var error in result.Errors)
            {
                environment.Error.WriteLine($"topo: error: {error.Message}");
            }

            return ExitCodes.Usage;
        }

        try
        {
            return result.Invoke(new InvocationConfiguration { Output = environment.Out, Error = environment.Error, EnableDefaultExceptionHandler = false });
        }
        catch (UsageException exception)
        {
            environment.Error.WriteLine($"topo: error: {exception.Message}");
            return ExitCodes.Usage;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            environment.Error.WriteLine($"topo: internal error: {exception.GetType().Name}: {exception.Message.Split('\n').First()} (please report this)");
            return ExitCodes.InternalError;
        }
    }
}
