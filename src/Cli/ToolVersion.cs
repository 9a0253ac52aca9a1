using System.Reflection;

namespace TopoLang.Cli;

internal static class ToolVersion
{
    /// <summary>The informational version without the source revision that deterministic builds append.</summary>
    public static string Current { get; } = Read();

    private static string Read()
    {
        var version = typeof(ToolVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = version.IndexOf('+');
        return plus < 0 ? version : version[..plus];
    }
}
