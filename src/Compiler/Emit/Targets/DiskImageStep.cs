using System.Globalization;
using TopoLang.Compiler.Emit.Plan;
using TopoLang.Compiler.Model;

namespace TopoLang.Compiler.Emit.Targets;

/// <summary>`qemu-img create`: hypervisors attach disk images, they do not make them.</summary>
internal static class DiskImageStep
{
    /// <summary>Paths are made of names, safe in a shell word.</summary>
    public static string Add(StepList steps, string guestTarget, DiskModel disk, string path, string format, string after)
    {
        var bytes = (disk.Size?.Value ?? 0).ToString(CultureInfo.InvariantCulture);
        var folder = path[..path.LastIndexOf('/')];
        return steps.Add(PlanStepKinds.CreateDisk, $"{guestTarget}/{disk.Name.Value}", [after], null,
            ["sh", "-c", $"mkdir -p '{folder}' && qemu-img create -f {format} '{path}' {bytes}"]);
    }
}
