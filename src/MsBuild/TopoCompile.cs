using System;
using System.Linq;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace TopoLang.MsBuild;

/// <summary>
/// The MSBuild task behind TopoLang.MsBuild.targets: runs <see cref="TopoBuild"/> in-process
/// over @(TopoFile) and reports through MSBuild's logger, so that `dotnet build` prints
/// `lab.topo(3,5,3,9): error TOPO2001: ...` and IDEs list each diagnostic at its span.
/// </summary>
public sealed class TopoCompile : Task
{
    [Required]
    public ITaskItem[] TopoFiles { get; set; } = Array.Empty<ITaskItem>();

    [Required]
    public string ProjectDirectory { get; set; } = string.Empty;

    [Required]
    public string CodeOutputPath { get; set; } = string.Empty;

    [Required]
    public string ArtifactsOutputPath { get; set; } = string.Empty;

    public bool EmitArtifacts { get; set; } = true;

    [Required]
    public string OutputsFile { get; set; } = string.Empty;

    [Required]
    public string DependencyFile { get; set; } = string.Empty;

    public string? Namespace { get; set; }

    public string? Root { get; set; }

    public string[] Parameters { get; set; } = Array.Empty<string>();

    public string[] NoWarn { get; set; } = Array.Empty<string>();

    public string[] ProjectNoWarn { get; set; } = Array.Empty<string>();

    public bool TreatWarningsAsErrors { get; set; }

    public string[] WarningsAsErrors { get; set; } = Array.Empty<string>();

    /// <summary>Every file written or left unchanged: metadata Kind (Code, Artifact, Manifest) and Topology.</summary>
    [Output]
    public ITaskItem[] GeneratedFiles { get; private set; } = Array.Empty<ITaskItem>();

    public override bool Execute()
    {
        var request = new TopoBuildRequest
        {
            ProjectDirectory = ProjectDirectory,
            Sources = TopoFiles.Select(ToSource).ToList(),
            CodeDirectory = CodeOutputPath,
            ArtifactsDirectory = ArtifactsOutputPath,
            EmitArtifacts = EmitArtifacts,
            OutputsFile = OutputsFile,
            DependencyFile = DependencyFile,
            DefaultNamespace = Namespace,
            ProjectRoot = Root,
            Parameters = Parameters,
            NoWarn = NoWarn,
            ProjectNoWarn = ProjectNoWarn,
            TreatWarningsAsErrors = TreatWarningsAsErrors,
            WarningsAsErrors = WarningsAsErrors,
        };
        if (Log.HasLoggedErrors)
        {
            return false;
        }

        var result = TopoBuild.Run(request, new MsBuildLog(Log));
        GeneratedFiles = result.Outputs.Select(output =>
        {
            var item = new TaskItem(output.FullPath);
            item.SetMetadata("Kind", output.Kind.ToString());
            item.SetMetadata("Topology", output.Topology);
            return (ITaskItem)item;
        }).ToArray();
        return result.Success && !Log.HasLoggedErrors;
    }

    private TopoSource ToSource(ITaskItem item)
    {
        var entry = item.GetMetadata("Entry").Trim();
        bool? forced = null;
        if (entry.Length > 0)
        {
            if (bool.TryParse(entry, out var value))
            {
                forced = value;
            }
            else
            {
                Log.LogError(null, null, null, item.ItemSpec, 0, 0, 0, 0, $"TopoFile '{item.ItemSpec}': Entry=\"{entry}\" must be true or false");
            }
        }

        return new TopoSource(item.ItemSpec, forced);
    }

    private sealed class MsBuildLog : IBuildLog
    {
        private readonly TaskLoggingHelper _log;

        public MsBuildLog(TaskLoggingHelper log) => _log = log;

        public void Error(string? code, string? file, int line, int column, int endLine, int endColumn, string message) =>
            _log.LogError(null, code, code, file, line, column, endLine, endColumn, message);

        public void Warning(string? code, string? file, int line, int column, int endLine, int endColumn, string message) =>
            _log.LogWarning(null, code, code, file, line, column, endLine, endColumn, message);

        public void Message(string message) => _log.LogMessage(MessageImportance.Normal, message);

        public void Detail(string message) => _log.LogMessage(MessageImportance.Low, message);
    }
}
