using System.Collections.Immutable;
using TopoLang.Compiler.Model;

namespace TopoLang.Compiler.Emit.Targets.Libvirt;

/// <summary>
/// A guest disk as libvirt sees it: a file image at a fixed place, its format, its bus and
/// target device, and a note when the bus had to change.
/// </summary>
internal sealed record DiskPlan(DiskModel Disk, string Bus, string Target, string Format, string? Note)
{
    /// <summary>Where `virt-install` and `virsh vol-create` put images by default (the `default` pool).</summary>
    public const string ImageFolder = "/var/lib/libvirt/images";

    public const string DefaultFormat = "qcow2";

    public string Name => Disk.Name.Value;

    public static ImmutableArray<DiskPlan> For(GuestModel guest, Architecture arch)
    {
        var targets = new DiskTargets();
        var plans = ImmutableArray.CreateBuilder<DiskPlan>(guest.DiskList.Length);
        foreach (var disk in guest.DiskList)
        {
            var (bus, note) = BusOn(disk.Bus, arch);
            var format = FormatOf(disk);
            plans.Add(new DiskPlan(disk, bus, targets.Next(bus), format, note));
        }

        return plans.MoveToImmutable();
    }

    public static string FormatOf(DiskModel disk) => disk.Format is { } format ? ModelWords.ToWord(format) : DefaultFormat;

    public string ImagePath(GuestModel guest) => LibvirtNames.ImagePath(guest, Disk);

    // The aarch64 `virt` machine has no IDE; SATA (an AHCI controller libvirt adds) is the nearest.
    private static (string Bus, string? Note) BusOn(DiskBus written, Architecture arch) =>
        written == DiskBus.Ide && arch == Architecture.Aarch64
            ? ("sata", "bus ide: the aarch64 virt machine has no IDE controller, so SATA")
            : (ModelWords.ToWord(written), null);
}
