using System;
using System.IO;

namespace TopoLang.Cli;

/// <summary>Where the CLI writes and what it knows of the terminal; tests pass their own.</summary>
public sealed record CliEnvironment(TextWriter Out, TextWriter Error, bool OutputIsTerminal, bool NoColor)
{
    public static CliEnvironment FromConsole() => new(
        Console.Out,
        Console.Error,
        OutputIsTerminal: !Console.IsOutputRedirected,
        NoColor: !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")));

    /// <summary>Colour only on a terminal, and never when NO_COLOR is set (no-color.org).</summary>
    public bool UseColor => OutputIsTerminal && !NoColor;
}
