using System.CommandLine;
using System.Linq;
using TopoLang.Compiler.Emit.Plan;

namespace TopoLang.Cli.Commands;

/// <summary>`topo plan FILE [--format text|json]`: the deployment plan; diagnostics go to stderr.</summary>
internal static class PlanCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var file = new Argument<string>("FILE") { Description = "The entry .topo file." };
        var format = new Option<string>("--format") { Description = "text: a readable table; json: the content of <topology>.plan.json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var options = new CompilerOptions();
        var command = new Command("plan", "Print the deployment plan of a topology.");
        command.Arguments.Add(file);
        command.Options.Add(format);
        options.AddTo(command);
        command.SetAction(result =>
        {
            if (SourceLoader.CompileOne(result.GetValue(file)!, options.GetCompilationOptions(result), environment) is not { } compilation)
            {
                return ExitCodes.Errors;
            }

            var plan = compilation.Plan();
            if (result.GetValue(format) == "json")
            {
                environment.Out.Write(PlanJsonWriter.Write(plan));
            }
            else
            {
                PlanTextRenderer.Render(environment.Out, plan);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
