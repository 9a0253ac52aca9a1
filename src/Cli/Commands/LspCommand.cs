using System;
using System.CommandLine;
using TopoLang.LanguageServer;

namespace TopoLang.Cli.Commands;

/// <summary>
/// `topo lsp`: the language server, over stdin and stdout (docs/editors.md). Nothing but LSP
/// messages goes to stdout; the log goes to stderr. `--stdio` is accepted because
/// vscode-languageclient adds it; stdio is the only transport.
/// </summary>
internal static class LspCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var stdio = new Option<bool>("--stdio") { Description = "Serve over stdin and stdout (the default and only transport)." };
        var command = new Command("lsp", "Serve the Language Server Protocol over stdin and stdout, for editors.");
        command.Options.Add(stdio);
        command.SetAction(_ =>
        {
            using var input = Console.OpenStandardInput();
            using var output = Console.OpenStandardOutput();
            var shutDown = LanguageServerHost.RunAsync(input, output, environment.Error).GetAwaiter().GetResult();

            // LSP: exit after shutdown is a success; an exit without it (or a lost client) is not.
            return shutDown ? ExitCodes.Success : ExitCodes.Errors;
        });
        return command;
    }
}
