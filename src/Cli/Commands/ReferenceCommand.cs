using System.CommandLine;
using System.IO;
using TopoLang.Compiler.Documentation;
using TopoLang.Compiler.Output;

namespace TopoLang.Cli.Commands;

/// <summary>`topo reference [-o FILE]`: the block, entry and diagnostic reference (docs/reference.md) as Markdown.</summary>
internal static class ReferenceCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var output = new Option<string?>("--output", "-o") { Description = "Write the Markdown to this file (replaced whole, never half-written) instead of stdout." };
        var command = new Command("reference", "Print the reference of every block, entry and diagnostic code, from the compiler's own tables.");
        command.Options.Add(output);
        command.SetAction(result =>
        {
            var text = ReferenceDocument.Generate();
            var path = result.GetValue(output);
            if (path is null)
            {
                environment.Out.Write(text);
            }
            else
            {
                WriteFile(path, text);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static void WriteFile(string path, string text)
    {
        try
        {
            AtomicFileWriter.Write(path, text);
        }
        catch (System.UnauthorizedAccessException)
        {
            throw new UsageException($"cannot write '{path}': permission denied");
        }
        catch (IOException exception)
        {
            throw new UsageException($"cannot write '{path}': {exception.Message}");
        }
    }
}
