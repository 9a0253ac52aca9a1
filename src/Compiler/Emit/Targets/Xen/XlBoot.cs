
namespace TopoLang.Compiler.Emit.Targets.Xen;

/// <summary>
/// How a domU boots. HVM: its firmware boots from the first disk (xl's default). PV and PVH
/// (xl.cfg(5): "either kernel or bootloader must be specified"): pygrub reads the kernel from the
/// domU's first disk; a domU without disks has nothing for pygrub to read, so it boots a kernel
/// (and, for Linux, an initramfs) that the operator puts at a fixed path in dom0. These are paths,
/// not ids, so they are written as paths rather than `${...}` placeholders: `xl create` works as
/// soon as the files are there.
/// </summary>
public static class XlBoot
{
    public const string BootFolder = "/var/lib/xen/boot";

    public static void Write(XlConfigText text, XenDomUContext domU)
    {
        if (domU.Mode == DomUMode.Hvm)
        {
            if (domU.DomU.Disks.IsEmpty)
            {
                text.Comment("No disk declared: the firmware finds nothing to boot until a disk or an install medium is attached.");
            }

            return;
        }

        if (!domU.DomU.Disks.IsEmpty)
        {
            text.Set("bootloader", "pygrub");
            return;
        }

        WriteKernel(text, domU.Name, domU.Os);
    }

    /// <summary>A kernel (and, for Linux, an initramfs) the operator puts in dom0 under the domain's folder.</summary>
    public static void WriteKernel(XlConfigText text, string domain, OsFamily? os)
    {
        text.Comment($"No disk for pygrub to read: boot a kernel from dom0. Put it under {BootFolder}/{domain}/ before xl create.");
        text.Set("kernel", $"{BootFolder}/{domain}/vmlinuz");
        if (os == OsFamily.Linux)
        {
            text.Set("ramdisk", $"{BootFolder}/{domain}/initrd.img");
            text.Set("extra", "console=hvc0");
        }
    }
}
