namespace TopoLang.Cli;

/// <summary>The exit codes of docs/language.md, "The `topo` command".</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The input has errors (after --warnaserror and friends).</summary>
    public const int Errors = 1;

    /// <summary>Bad command line, unknown code, or a FILE that cannot be read.</summary>
    public const int Usage = 2;

    /// <summary>A bug in topo itself; reported on one line, never as a stack trace.</summary>
    public const int InternalError = 3;
}
