using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using TopoLang.Compiler;
using TopoLang.Compiler.Diagnostics;

namespace TopoLang.Cli.Commands;

/// <summary>`topo check FILE...`: parse and validate; print the diagnostics as text, JSON or SARIF.</summary>
internal static class CheckCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var files = new Argument<string[]>("FILE") { Description = "Entry .topo files; each is its own topology.", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format") { Description = "How to print the diagnostics.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "sarif");
        var options = new CompilerOptions();

        var command = new Command("check", "Parse and validate topologies.");
        command.Arguments.Add(files);
        command.Options.Add(format);
        options.AddTo(command);
        command.SetAction(result =>
        {
            var renderer = CreateRenderer(result.GetValue(format)!, environment);
            return SourceLoader.CompileAndReport(result.GetValue(files)!, options.GetCompilationOptions(result), compilations =>
            {
                var diagnostics = Collect(compilations);
                renderer.Render(environment.Out, diagnostics);
                return diagnostics.Any(d => d.IsError) ? ExitCodes.Errors : ExitCodes.Success;
            });
        });
        return command;
    }

    public static List<Diagnostic> Collect(IEnumerable<TopoCompilation> compilations)
    {
        var diagnostics = compilations.SelectMany(c => c.GetDiagnostics()).ToList();
        diagnostics.Sort(DiagnosticOrder.Instance);
        return diagnostics;
    }

    private static IDiagnosticRenderer CreateRenderer(string format, CliEnvironment environment) => format switch
    {
        "json" => new JsonDiagnosticRenderer(),
        "sarif" => new SarifDiagnosticRenderer(ToolVersion.Current),
        _ when environment.OutputIsTerminal => new TerminalDiagnosticRenderer(environment.UseColor),
        _ => new MsBuildDiagnosticFormatter(),
    };
}
