using System.CommandLine;
using TopoLang.Compiler.Diagnostics;

namespace TopoLang.Cli.Commands;

/// <summary>`topo explain CODE`: the page for a diagnostic.</summary>
internal static class ExplainCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var code = new Argument<string>("CODE") { Description = "A diagnostic code, such as TOPO2001." };
        var command = new Command("explain", "Explain a diagnostic code: what it checks, why, an example and the fix.");
        command.Arguments.Add(code);
        command.SetAction(result =>
        {
            var requested = result.GetValue(code)!;
            if (!DiagnosticCatalog.TryGet(requested, out var descriptor))
            {
                throw new UsageException($"unknown diagnostic code '{requested}' (codes run from TOPO0001 to TOPO9001)");
            }

            environment.Out.Write(descriptor.Explanation);
            return ExitCodes.Success;
        });
        return command;
    }
}
