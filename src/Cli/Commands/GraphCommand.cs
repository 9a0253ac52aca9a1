using System;
using System.CommandLine;
using System.Diagnostics;
using System.IO;
using System.Linq;
using TopoLang.Compiler.Emit.Targets;

namespace TopoLang.Cli.Commands;

/// <summary>
/// `topo graph FILE [--format dot|mermaid|svg]`: draws the topology. SVG goes through Graphviz
/// when it is installed (`sfdp` for large graphs, where `dot` takes minutes), within a time limit.
/// </summary>
internal static class GraphCommand
{
    private const int LargeGraphGuests = 500;
    private static readonly TimeSpan LayoutTimeLimit = TimeSpan.FromSeconds(120);

    public static Command Create(CliEnvironment environment)
    {
        var file = new Argument<string>("FILE") { Description = "The entry .topo file." };
        var format = new Option<string>("--format") { Description = "dot (Graphviz), mermaid, or svg (laid out by Graphviz).", DefaultValueFactory = _ => "dot" };
        format.AcceptOnlyFromAmong("dot", "mermaid", "svg");
        var options = new CompilerOptions();
        var command = new Command("graph", "Draw a topology as Graphviz DOT, Mermaid or SVG.");
        command.Arguments.Add(file);
        command.Options.Add(format);
        options.AddTo(command);
        command.SetAction(result =>
        {
            if (SourceLoader.CompileOne(result.GetValue(file)!, options.GetCompilationOptions(result), environment) is not { } compilation)
            {
                return ExitCodes.Errors;
            }

            var model = compilation.Model;
            var wanted = result.GetValue(format) == "mermaid" ? ArtifactPaths.Mermaid(new TopologyName(model.Name)) : ArtifactPaths.Graphviz(new TopologyName(model.Name));
            var drawing = compilation.Emit(TargetKind.Graph).Files.Single(f => f.File.RelativePath == wanted).File.Text;
            environment.Out.Write(result.GetValue(format) == "svg" ? Layout(drawing, model.HostedGuests.Count() > LargeGraphGuests) : drawing);
            return ExitCodes.Success;
        });
        return command;
    }

    private static string Layout(string dot, bool large)
    {
        var engine = large ? "sfdp" : "dot";
        var start = new ProcessStartInfo(engine, "-Tsvg") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new UsageException($"could not start Graphviz '{engine}'");
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new UsageException($"Graphviz is not installed ('{engine}' not found): install it (apt-get install graphviz), or use --format dot or mermaid");
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            process.StandardInput.Write(dot);
            process.StandardInput.Close();
            if (!process.WaitForExit((int)LayoutTimeLimit.TotalMilliseconds))
            {
                process.Kill(entireProcessTree: true);
                throw new UsageException($"Graphviz '{engine}' did not finish in {LayoutTimeLimit.TotalSeconds} s; use --format dot and lay it out yourself");
            }

            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"Graphviz '{engine}' failed: {error.Result.Trim()}");
            }

            return output.Result;
        }
    }
}
