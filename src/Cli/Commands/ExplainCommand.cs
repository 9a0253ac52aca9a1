using System.CommandLine;
using TopoLang.Compiler.Diagnostics;

namespace TopoLang.Cli.Commands;

/// <summary>`topo explain CODE`: the page for a diagnostic; `topo explain --list`: every code, one a line.</summary>
internal static class ExplainCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var code = new Argument<string?>("CODE") { Description = "A diagnostic code, such as TOPO2001.", Arity = ArgumentArity.ZeroOrOne };
        var list = new Option<bool>("--list") { Description = "List every code with its severity and title." };
        var command = new Command("explain", "Explain a diagnostic code: what it checks, why, an example and the fix.");
        command.Arguments.Add(code);
        command.Options.Add(list);
        command.SetAction(result =>
        {
            var requested = result.GetValue(code);
            var listing = result.GetValue(list);
            if (listing == (requested is not null))
            {
                throw new UsageException("give either a diagnostic code or --list");
            }

            environment.Out.Write(listing ? List() : Page(requested!));
            return ExitCodes.Success;
        });
        return command;
    }

    private static string Page(string requested)
    {
        if (!DiagnosticCatalog.TryGet(requested, out var descriptor))
        {
            throw new UsageException($"unknown diagnostic code '{requested}' (topo explain --list lists them all)");
        }

        return descriptor.Explanation;
    }

    /// <summary>`TOPO2001  error    KVM without ...`: aligned columns, so the list reads as a table and greps by code.</summary>
    private static string List()
    {
        var lines = new System.Text.StringBuilder();
        foreach (var descriptor in DiagnosticCatalog.All)
        {
            lines.Append(descriptor.Code).Append("  ")
                .Append(DiagnosticText.SeverityWord(descriptor.DefaultSeverity).PadRight("warning".Length)).Append("  ")
                .Append(descriptor.Title).Append('\n');
        }

        return lines.ToString();
    }
}
