using System.CommandLine;
using System.IO;
using System.Linq;
using TopoLang.Compiler.Diagnostics;
using TopoLang.Compiler.Hosting;

namespace TopoLang.Cli.Commands;

/// <summary>
/// `topo build FILE... -o DIR`: check, then write each topology's outputs under DIR/&lt;topology&gt;/.
/// With an error in any file, or two files that would write one folder, nothing is written, so a
/// previous build's outputs stay intact.
/// </summary>
internal static class BuildCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var files = new Argument<string[]>("FILE") { Description = "Entry .topo files; each is its own topology.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--output", "-o") { Description = "The folder to write into; each topology gets its own subfolder.", Required = true, HelpName = "DIR" };
        var @namespace = new Option<string?>("--namespace") { Description = "The C# namespace of generated code for topologies that declare none.", HelpName = "NAME" };
        var options = new CompilerOptions();
        var values = new ValueOptions();

        var command = new Command("build", "Check topologies, then write their C# models, plans and artifacts.");
        command.Arguments.Add(files);
        command.Options.Add(output);
        command.Options.Add(@namespace);
        options.AddTo(command);
        values.AddTo(command);
        command.SetAction(result =>
        {
            var compilationOptions = values.Apply(result, options.GetCompilationOptions(result) with { DefaultNamespace = result.GetValue(@namespace) });
            var paths = result.GetValue(files)!;
            var root = result.GetValue(output)!;
            var compilations = SourceLoader.Compile(paths, compilationOptions);
            OutputFolderClash.ThrowIfAny(paths, compilations, root);
            var diagnostics = CheckCommand.Collect(compilations);
            new MsBuildDiagnosticFormatter().Render(environment.Error, diagnostics);
            if (diagnostics.Any(d => d.IsError))
            {
                environment.Error.WriteLine("topo: nothing was written: fix the errors above first");
                return ExitCodes.Errors;
            }

            ValueOptions.ThrowIfUnknown(compilationOptions, compilations);
            foreach (var compilation in compilations)
            {
                var folder = Path.Combine(root, compilation.Model.Name);
                var topology = TopologyEmitter.Emit(compilation, codeDirectory: folder, artifactsDirectory: folder);
                TopologyOutputWriter.WriteAllInto(folder, topology);
                environment.Out.WriteLine($"{topology.Name}: {topology.Files.Length} files in {folder}");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
