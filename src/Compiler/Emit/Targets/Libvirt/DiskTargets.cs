using System.Collections.Generic;

namespace TopoLang.Compiler.Emit.Targets.Libvirt;

/// <summary>
/// Gives each disk of a guest its libvirt target: `vda, vdb, ...` on virtio, `sda, ...` on
/// scsi and sata (one `sd` sequence for both, as in the guest kernel), `hda, ...` on ide.
/// After `z` come `aa`, `ab`, ... (libvirt's own disk name scheme).
/// </summary>
internal sealed class DiskTargets
{
    private readonly Dictionary<string, int> _next = new(System.StringComparer.Ordinal);

    /// <summary>The next free device name of <paramref name="bus"/> (a libvirt bus name).</summary>
    public string Next(string bus)
    {
        var prefix = Prefix(bus);
        var index = _next.GetValueOrDefault(prefix);
        _next[prefix] = index + 1;
        return prefix + Letters(index);
    }

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
}
