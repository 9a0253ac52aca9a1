namespace TopoLang.MsBuild;

/// <summary>Where the build reports; the task forwards to MSBuild's logger. Lines and columns are 1-based, 0 when unknown.</summary>
internal interface IBuildLog
{
    void Error(string? code, string? file, int line, int column, int endLine, int endColumn, string message);

    void Warning(string? code, string? file, int line, int column, int endLine, int endColumn, string message);

    /// <summary>A progress line (normal verbosity).</summary>
    void Message(string message);

    /// <summary>A detail line (detailed verbosity), such as the time taken.</summary>
    void Detail(string message);
}
