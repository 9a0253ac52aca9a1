using TopoLang.Compiler.Emit.Plan;
using TopoLang.Compiler.Model;

namespace TopoLang.Compiler.Emit.Targets.Xen;

/// <summary>
/// The kernel (and initramfs) a domain without disks boots from dom0 (<see cref="XlBoot"/>). A
/// Linux domain boots dom0's own kernel, which Debian builds to run as a PV or PVH guest too;
/// another system's kernel is the operator's to give, as the file `kernel-file:&lt;domain&gt;`.
/// </summary>
internal static class XenKernelStep
{
    /// <returns>The install-kernel step, for the domain's start to depend on.</returns>
    public static string Add(StepList steps, string host, string domain, OsFamily? os, string after)
    {
        var folder = XlBoot.KernelFolder(domain);
        if (os == OsFamily.Linux)
        {
            return steps.Add(PlanStepKinds.InstallKernel, $"{host}/{domain}", [after], null, new[]
            {
                "sh", "-c", "mkdir -p \"$1\" && cp \"/boot/vmlinuz-$(uname -r)\" \"$1/vmlinuz\" && cp \"/boot/initrd.img-$(uname -r)\" \"$1/initrd.img\"", "install-kernel", folder,
            });
        }

        var kernel = new Placeholder("kernel-file", domain, PlaceholderFiller.Operator);
        return steps.Add(PlanStepKinds.InstallKernel, $"{host}/{domain}", [after], null,
            new[] { "sh", "-c", "mkdir -p \"$1\" && cp \"$2\" \"$1/vmlinuz\"", "install-kernel", folder, kernel.Text }, new[] { kernel });
    }
}
