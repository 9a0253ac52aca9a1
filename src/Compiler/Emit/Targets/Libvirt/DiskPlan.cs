using System.Collections.Immutable;
using System.Runtime.InteropServices;
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
        var disks = guest.DiskList;
        var plans = new DiskPlan[disks.Length];
        for (var i = 0; i < plans.Length; i++)
        {
            var (bus, note) = BusOn(disks[i].Bus, arch);
            plans[i] = new DiskPlan(disks[i], bus, targets.Next(bus), FormatOf(disks[i]), note);
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(plans);
    }

    public static string FormatOf(DiskModel disk) => disk.Format is { } format ? ModelWords.ToWord(format) : DefaultFormat;

    public string ImagePath(GuestModel guest) => LibvirtNames.ImagePath(guest, Disk);

    // The aarch64 `virt` machine has no IDE; SATA (an AHCI controller libvirt adds) is the nearest.
    private static (string Bus, string? Note) BusOn(DiskBus written, Architecture arch) =>
        written == DiskBus.Ide && arch == Architecture.Aarch64
            ? ("sata", "bus ide: the aarch64 virt machine has no IDE controller, so SATA")
            : (ModelWords.ToWord(written), null);
}
