using System.Globalization;
using TopoLang.Compiler.Emit.Plan;
using TopoLang.Compiler.Model;

namespace TopoLang.Compiler.Emit.Targets;

/// <summary>`qemu-img create`: hypervisors attach disk images, they do not make them.</summary>
internal static class DiskImageStep
{
    /// <summary>Paths are made of names, safe in a shell word.</summary>
    public static string Add(StepList steps, string guestTarget, DiskModel disk, DiskImagePath image, string after) =>
        steps.Add(PlanStepKinds.CreateDisk, $"{guestTarget}/{disk.Name.Value}", [after], null,
            ["sh", "-c", string.Create(CultureInfo.InvariantCulture, $"mkdir -p '{image.Folder}' && qemu-img create -f {image.Format} '{image}' {disk.Size?.Value ?? 0}")]);
}
