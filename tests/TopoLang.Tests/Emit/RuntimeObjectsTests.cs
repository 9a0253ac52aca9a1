using System.IO;
using System.Linq;
using TopoLang.Compiler;
using TopoLang.Compiler.Emit;
using TopoLang.Runtime;
using TopoLang.Tests.Infrastructure;

namespace TopoLang.Tests.Emit;

/// <summary>The objects built in process for tools agree with the ones the generated C# builds.</summary>
public sealed class RuntimeObjectsTests
{
    [Fact]
    public void In_process_hosts_equal_the_generated_hosts_of_the_example()
    {
        var compilation = TopoCompilation.FromFile(Path.Combine(RepositoryPaths.Examples, "datacenter", "datacenter.topo"));
        var file = compilation.Emit().Code;
        var generated = GeneratedCode.Model(GeneratedCode.Load((file.RelativePath, file.Text)), "Acme.Datacenter.DatacenterTopology");

        foreach (var model in compilation.Model.Hosts)
        {
            var built = RuntimeObjects.Host(model);
            var expected = generated.GetHost(model.Name.Value);
            Assert.Equal(Describe(expected), Describe(built));
        }
    }

    private static string Describe(Host host) =>
        $"{host.Name} {host.Arch} {host.Cpu.Vendor} {host.Cpu.Threads} [{string.Join(",", host.Cpu.Features)}] {host.Memory} {host.Storage} " +
        $"{host.Hypervisor.Kind} {host.Hypervisor.Version} {host.Hypervisor.Nested} {host.Hypervisor.CpuAllocationRatio} {host.Hypervisor.RamAllocationRatio} {host.Hypervisor.ReservedMemory} " +
        string.Join(";", host.Hypervisor.Guests.Select(g => $"{g.Name}/{g.Os}/{g.Distro}/{g.Arch}/{g.Vcpus}/{g.Memory}/{g.Autostart}/{g.CpuMode}/" +
            string.Join(",", g.Disks.Select(d => $"{d.Name}:{d.Size}:{d.Bus}:{d.Format}")) + "/" +
            string.Join(",", g.Nics.Select(n => $"{n.Network}:{n.Ip}:{n.Model}")) +
            (g is DomU d ? $"/{d.Mode}/{d.PvDrivers}/{d.Backend}" : string.Empty)));
}
