using System.CommandLine;
using System.Linq;
using TopoLang.Compiler.Emit.Plan;

namespace TopoLang.Cli.Commands;

/// <summary>`topo plan FILE [--format text|json] [--values FILE] [-v KIND:KEY=VALUE]...`: the deployment plan; diagnostics go to stderr.</summary>
internal static class PlanCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var file = new Argument<string>("FILE") { Description = "The entry .topo file." };
        var format = new Option<string>("--format") { Description = "text: a readable table; json: the content of <topology>.plan.json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var output = new Option<string?>("--output", "-o")
        {
            Description = "The folder `topo build -o DIR` writes into: every path of the plan, the probe's too, is then relative to DIR/<topology>/, as in <topology>.plan.json.",
            HelpName = "DIR",
        };
        var options = new CompilerOptions();
        var values = new ValueOptions();
        var command = new Command("plan", "Print the deployment plan of a topology.");
        command.Arguments.Add(file);
        command.Options.Add(format);
        command.Options.Add(output);
        options.AddTo(command);
        values.AddTo(command);
        command.SetAction(result =>
        {
            var compilationOptions = values.Apply(result, options.GetCompilationOptions(result));
            if (SourceLoader.CompileOne(result.GetValue(file)!, compilationOptions, environment) is not { } compilation)
            {
                return ExitCodes.Errors;
            }

            ValueOptions.ThrowIfUnknown(compilationOptions, new[] { compilation });
            var plan = compilation.Plan(result.GetValue(output) is { } root ? System.IO.Path.Combine(root, compilation.Model.Name) : null);
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
