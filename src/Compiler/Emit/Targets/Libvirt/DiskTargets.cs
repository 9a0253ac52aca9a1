using System.Linq;

namespace TopoLang.Compiler.Emit.Targets.Libvirt;

/// <summary>
/// Gives each disk of a guest its libvirt target: `vda, vdb, ...` on virtio, `sda, ...` on
/// scsi and sata (one `sd` sequence for both, as in the guest kernel), `hda, ...` on ide.
/// After `z` come `aa`, `ab`, ... (libvirt's own disk name scheme). A struct, counted where it
/// is declared: each of a fleet's guests names its disks with one.
/// </summary>
internal struct DiskTargets
{
    // The first 26 names of each sequence, made once: a fleet's guests have a disk or two each.
    private static readonly string[] FirstVirtio = FirstNames("vd");
    private static readonly string[] FirstIde = FirstNames("hd");
    private static readonly string[] FirstScsi = FirstNames("sd");

    private int _virtio;
    private int _ide;
    private int _scsi;

    /// <summary>The next free device name of <paramref name="bus"/> (a libvirt bus name).</summary>
    public string Next(string bus) => Prefix(bus) switch
    {
        "vd" => Name(FirstVirtio, _virtio++),
        "hd" => Name(FirstIde, _ide++),
        _ => Name(FirstScsi, _scsi++),
    };

    public static string Prefix(string bus) => bus switch
    {
        "virtio" => "vd",
        "ide" => "hd",
        _ => "sd",
    };

    /// <summary>0 → a, 25 → z, 26 → aa: bijective base 26.</summary>
    public static string Letters(int index)
    {
        var letters = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('a' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }

    private static string Name(string[] first, int index) => index < first.Length ? first[index] : first[0][..2] + Letters(index);

    private static string[] FirstNames(string prefix) => Enumerable.Range(0, 26).Select(index => prefix + Letters(index)).ToArray();
}
