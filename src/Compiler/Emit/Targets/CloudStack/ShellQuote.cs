namespace TopoLang.Compiler.Emit.Targets.CloudStack;

/// <summary>
/// POSIX single quoting: nothing inside single quotes is expanded, and a `'` in the text ends
/// the quote, adds a double-quoted `'` and opens a new one (`'"'"'`).
/// </summary>
public static class ShellQuote
{
    public static string Quote(string text) => "'" + text.Replace("'", "'\"'\"'") + "'";
}
