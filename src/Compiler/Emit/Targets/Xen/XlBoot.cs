
namespace TopoLang.Compiler.Emit.Targets.Xen;

/// <summary>
/// How a domU boots. HVM: its firmware boots from the first disk (xl's default). PV and PVH
/// (xl.cfg(5): "either kernel or bootloader must be specified"): pygrub reads the kernel from the
/// domU's first disk; a domU without disks has nothing for pygrub to read, so it boots a kernel
/// (and, for Linux, an initramfs) at a fixed path in dom0, which the plan's install-kernel step
/// fills (<see cref="XenKernelStep"/>). These are paths, not ids, so they are written as paths
/// rather than `${...}` placeholders: `xl create` works as soon as the files are there.
/// </summary>
public static class XlBoot
{
    public const string BootFolder = "/var/lib/xen/boot";

    /// <summary>A PV or PVH domU without disks boots a kernel from dom0; a driver domain always does.</summary>
    public static bool BootsKernelFromDom0(XenDomUContext domU) => domU.Mode != DomUMode.Hvm && domU.DomU.DiskList.IsEmpty;

    public static string KernelFolder(string domain) => $"{BootFolder}/{domain}";

    public static void Write(XlConfigText text, XenDomUContext domU)
    {
        if (domU.Mode == DomUMode.Hvm)
        {
            if (domU.DomU.DiskList.IsEmpty)
            {
                text.Comment("No disk declared: the firmware finds nothing to boot until a disk or an install medium is attached.");
            }

            return;
        }

        if (!domU.DomU.DiskList.IsEmpty)
        {
            text.Set("bootloader", "pygrub");
            return;
        }

        WriteKernel(text, domU.Name, domU.Os);
    }

    /// <summary>A kernel (and, for Linux, an initramfs) in dom0 under the domain's folder.</summary>
    public static void WriteKernel(XlConfigText text, string domain, OsFamily? os)
    {
        text.Comment($"No disk for pygrub to read: boot a kernel from dom0, under {KernelFolder(domain)}/ (the plan's install-kernel step puts it there).");
        text.Set("kernel", $"{KernelFolder(domain)}/vmlinuz");
        if (os == OsFamily.Linux)
        {
            text.Set("ramdisk", $"{KernelFolder(domain)}/initrd.img");
            text.Set("extra", "console=hvc0");
        }
    }
}
