using System;
using System.IO;
using TopoLang.Runtime;
using TopoLang.Runtime.Probing;
using TopoLang.Tests.Infrastructure;

namespace TopoLang.Tests.Runtime;

/// <summary>Small builders of runtime models and the recorded probe texts under Cases/probe.</summary>
internal static class RuntimeSamples
{
    public static string ProbeFolder => Path.Combine(RepositoryPaths.TestCases, "probe");

    /// <summary>The facts of a recorded machine: intel-vmx, amd-svm, vm-no-virt or aarch64.</summary>
    public static ProbeFacts Recorded(string machine, KvmDeviceState kvm = KvmDeviceState.Accessible) =>
        HostProbe.FromText(
            File.ReadAllText(Path.Combine(ProbeFolder, machine + ".cpuinfo")),
            File.ReadAllText(Path.Combine(ProbeFolder, machine + ".meminfo")),
            kvm);

    public static Guest Guest(string name, Hypervisor? nested = null) =>
        new(name, OsFamily.Linux, "ubuntu-22.04", null, 2, Size.Gibibytes(4), [], [], false, CpuMode.HostPassthrough, nested);

    public static DomU DomU(string name, DomUMode mode) =>
        new(name, mode == DomUMode.Pv ? OsFamily.Linux : OsFamily.Windows, null, null, 2, Size.Gibibytes(4), [], [], false, mode, pvDrivers: mode == DomUMode.Hvm, backend: null, nestedHypervisor: null);

    public static KvmHypervisor Kvm(params Guest[] guests) =>
        new(null, nested: false, null, null, Size.Gibibytes(2), "qemu", null, guests);

    public static XenHypervisor Xen(params DomU[] domUs) =>
        new("4.17", nested: false, null, null, Size.Zero, new Dom0(2, Size.Gibibytes(4), [XenBackend.Net, XenBackend.Block]), [], domUs);

    public static QemuHypervisor Qemu(params Guest[] guests) =>
        new(null, Size.Gibibytes(2), "tcg", guests);

    public static Host Host(
        string name,
        Hypervisor hypervisor,
        CpuVendor vendor = CpuVendor.Intel,
        Architecture arch = Architecture.X86_64,
        int sockets = 1,
        int cores = 2,
        int threads = 2,
        Size? memory = null,
        string[]? features = null) =>
        new(name, arch, new Cpu(vendor, null, sockets, cores, threads, features ?? []), memory ?? Size.Gibibytes(16), null, hypervisor);

    public static PlanStep Step(string id, params string[] dependsOn) =>
        new(id, "define-guest", id, dependsOn, null, null);

    public static Topology Topology(params Host[] hosts) =>
        new("lab", "Acme.Infra", hosts, [], [], [], []);

    public static Exception? Catch(Action action)
    {
        try
        {
            action();
            return null;
        }
        catch (Exception e)
        {
            return e;
        }
    }
}
