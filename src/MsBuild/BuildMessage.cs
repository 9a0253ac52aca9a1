namespace TopoLang.MsBuild;

/// <summary>An error or warning for MSBuild's log. Lines and columns are 1-based, 0 when unknown.</summary>
internal sealed record BuildMessage(bool IsError, string? Code, string? File, int Line, int Column, int EndLine, int EndColumn, string Text)
{
    /// <summary>An error of the build itself (options, files, clashes): no code and no position.</summary>
    public static BuildMessage Error(string text, string? file = null) => new(true, null, file, 0, 0, 0, 0, text);
}
