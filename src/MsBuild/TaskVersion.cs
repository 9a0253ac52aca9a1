using System.Reflection;

namespace TopoLang.MsBuild;

/// <summary>The version of this task assembly, as the package was built.</summary>
internal static class TaskVersion
{
    public static string Informational { get; } =
        typeof(TaskVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
}
