using System.IO;

namespace TopoLang.MsBuild;

/// <summary>The folders of a run as full paths without a trailing separator; relative paths in the request are relative to the project folder.</summary>
internal sealed record BuildLocations(string ProjectDirectory, string CodeDirectory, string ArtifactsDirectory)
{
    public static BuildLocations Of(TopoBuildRequest request)
    {
        var project = FullDirectory(request.ProjectDirectory);
        return new BuildLocations(
            project,
            FullDirectory(Path.Combine(project, request.CodeDirectory)),
            FullDirectory(Path.Combine(project, request.ArtifactsDirectory)));
    }

    /// <summary>A path of the request (or of a diagnostic) as a full path.</summary>
    public string FullPath(string path) => Path.GetFullPath(Path.Combine(ProjectDirectory, path));

    public string FullDirectoryOf(string path) => FullDirectory(Path.Combine(ProjectDirectory, path));

    public static string FullDirectory(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
}
