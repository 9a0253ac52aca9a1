using System.Linq;
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

    /// <summary>The folder of the domU's images.</summary>
    public static string FolderOf(string domU) => $"{ImagesFolder}/{domU}";

    public static string ImagePath(string domU, DiskModel disk) => Image(FolderOf(domU), disk).ToString();

    /// <summary>The image of <paramref name="disk"/> in its domU's folder <paramref name="folder"/> (<see cref="FolderOf"/>).</summary>
    internal static DiskImagePath Image(string folder, DiskModel disk) => new(folder, Guest: null, disk.Name.Value, Format(disk));

    /// <summary>The `disk = [...]` list of the domU's disks, each spec written where it goes.</summary>
    internal static void Write(XlConfigText text, XenDomUContext domU)
    {
        var backend = domU.DriverDomainServing(XenBackend.Block);
        var disks = domU.DomU.DiskList;
        var images = FolderOf(domU.Name);
        text.BeginList("disk", disks.Length);
        for (var i = 0; i < disks.Length; i++)
        {
            var disk = disks[i];
            text.BeginItem().ItemText("format=").ItemText(Format(disk)).ItemText(", vdev=").ItemText(VirtualDevice(i)).ItemText(", access=rw");
            if (backend is not null)
            {
                text.ItemText(", backend=").ItemText(backend);
            }

            text.ItemText(", target=").ItemFormatted(Image(images, disk)).EndItem();
        }

        text.EndList();
    }

    /// <summary>
    /// xvda, xvdb, ..., xvdz, xvdaa, ... (Linux's naming). `xvd` for every mode: PV and PVH see a
    /// PV disk; under HVM, libxl also emulates the first four as IDE disks, so an OS without PV
    /// drivers still boots from xvda. The `bus` entry is a KVM/QEMU notion and is not used.
    /// </summary>
    public static string VirtualDevice(int index) => index < FirstDevices.Length ? FirstDevices[index] : DeviceName(index);

    // The names of a domU's first disks, made once rather than for each of a fleet's disks.
    private static readonly string[] FirstDevices = Enumerable.Range(0, 26).Select(DeviceName).ToArray();

    private static string DeviceName(int index)
    {
        var letters = new StringBuilder();
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            letters.Insert(0, (char)('a' + ((n - 1) % 26)));
        }

        return "xvd" + letters;
    }
}
