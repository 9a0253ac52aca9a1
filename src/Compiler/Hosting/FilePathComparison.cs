using System;

namespace TopoLang.Compiler.Hosting;

/// <summary>How file paths compare on this system: ignoring case where the file system usually does.</summary>
public static class FilePathComparison
{
    public static StringComparer Comparer => IgnoresCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    public static StringComparison Comparison => IgnoresCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    private static bool IgnoresCase => OperatingSystem.IsWindows() || OperatingSystem.IsMacOS();
}
