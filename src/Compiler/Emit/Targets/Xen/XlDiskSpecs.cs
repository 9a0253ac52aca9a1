using System.Collections.Generic;
using System.Text;
using TopoLang.Compiler.Model;

namespace TopoLang.Compiler.Emit.Targets.Xen;

/// <summary>
/// The `disk=[...]` entries of a domU, in xl's disk spec syntax
/// (xl-disk-configuration(5)): `format=, vdev=, access=, backend=, target=`, target last because
/// it takes the rest of the spec. Every part is a TopoLang identifier or a fixed word, so no
/// part can hold the spec's `,` or `=`.
/// </summary>
public static class XlDiskSpecs
{
    /// <summary>
    /// Each domU's images live in a folder of its own: `&lt;domU&gt;-&lt;disk&gt;` would be
    /// ambiguous (domU `a` disk `b-c` and domU `a-b` disk `c` are both `a-b-c`), and '/' cannot
    /// occur in an identifier.
    /// </summary>
    public const string ImagesFolder = "/var/lib/xen/images";

    /// <summary>A disk without `format` is qcow2, like the libvirt guests' default.</summary>
    public const string DefaultFormat = "qcow2";

    public static string Format(DiskModel disk) => disk.Format is { } format ? ModelWords.ToWord(format) : DefaultFormat;

    public static string ImagePath(string domU, DiskModel disk) => $"{ImagesFolder}/{domU}/{disk.Name.Value}.{Format(disk)}";

    public static IReadOnlyList<string> For(XenDomUContext domU)
    {
        var backend = domU.DriverDomainServing(XenBackend.Block);
        var specs = new List<string>();
        for (var i = 0; i < domU.DomU.DiskList.Length; i++)
        {
            var disk = domU.DomU.DiskList[i];
            var spec = new StringBuilder()
                .Append("format=").Append(Format(disk))
                .Append(", vdev=").Append(VirtualDevice(i))
                .Append(", access=rw");
            if (backend is not null)
            {
                spec.Append(", backend=").Append(backend);
            }

            specs.Add(spec.Append(", target=").Append(ImagePath(domU.Name, disk)).ToString());
        }

        return specs;
    }

    /// <summary>
    /// xvda, xvdb, ..., xvdz, xvdaa, ... (Linux's naming). `xvd` for every mode: PV and PVH see a
    /// PV disk; under HVM, libxl also emulates the first four as IDE disks, so an OS without PV
    /// drivers still boots from xvda. The `bus` entry is a KVM/QEMU notion and is not used.
    /// </summary>
    public static string VirtualDevice(int index)
    {
        var letters = new StringBuilder();
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            letters.Insert(0, (char)('a' + ((n - 1) % 26)));
        }

        return "xvd" + letters;
    }
}
