using System;
using System.Collections.Generic;
using TopoLang.Compiler.Model;

namespace TopoLang.Compiler.Semantics.Capacity;

/// <summary>
/// One host's capacity (docs/reference.md): what it has, (memory − reserved_memory) × ram ratio
/// and threads × cpu ratio, each rounded down to whole units, and what its declared guests,
/// dom0 and driver domains need. Computed once per host and shared by TOPO4001, 4002, 4003
/// and 4004 through <see cref="HostCapacities"/>.
/// </summary>
public sealed class HostCapacity
{
    private HostCapacity(HostModel host, CpuModel cpu, HypervisorModel hypervisor, Ratios ratios, long memory, long reservedMemory)
    {
        Host = host;
        Cpu = cpu;
        Hypervisor = hypervisor;
        Ratios = ratios;
        Memory = memory;
        ReservedMemory = reservedMemory;
        Threads = (decimal)cpu.Sockets!.Value.Value * cpu.Cores!.Value.Value * cpu.ThreadsPerCore!.Value.Value;
        var memoryRoundedDown = false;
        AvailableMemory = memory <= reservedMemory ? 0 : ExactMath.FloorTimes(memory - reservedMemory, ratios.Ram, out memoryRoundedDown);
        AvailableMemoryRoundedDown = memoryRoundedDown;
        AvailableVcpus = ExactMath.FloorTimes(Threads, ratios.Cpu, out var vcpusRoundedDown);
        AvailableVcpusRoundedDown = vcpusRoundedDown;
        foreach (var demand in Demands())
        {
            NeededMemory += demand.Memory ?? 0;
            NeededVcpus += demand.Vcpus ?? 0;
        }
    }

    public HostModel Host { get; }

    public CpuModel Cpu { get; }

    public HypervisorModel Hypervisor { get; }

    public Ratios Ratios { get; }

    public long Memory { get; }

    public long ReservedMemory { get; }

    /// <summary>sockets × cores × threads, as a decimal: three ints can overflow a long.</summary>
    public decimal Threads { get; }

    public decimal AvailableMemory { get; }

    public decimal AvailableVcpus { get; }

    /// <summary>Whether the ratio left a fraction of a byte that was dropped, which messages then say.</summary>
    public bool AvailableMemoryRoundedDown { get; }

    public bool AvailableVcpusRoundedDown { get; }

    public decimal NeededMemory { get; }

    public decimal NeededVcpus { get; }

    /// <summary>What the guests leave for cloud instances (never below zero).</summary>
    public decimal MemoryLeft => Math.Max(0, AvailableMemory - NeededMemory);

    public decimal VcpusLeft => Math.Max(0, AvailableVcpus - NeededVcpus);

    /// <summary>
    /// The host's capacity, or null when its memory, CPU counts, hypervisor, reserved memory or
    /// ratios are missing or in error: those were reported already, and a guess would only
    /// add noise.
    /// </summary>
    public static HostCapacity? Compute(HostModel host, Ratios.Resolver resolver)
    {
        if (host is not { Memory: { } memory, Cpu: { Sockets: not null, Cores: not null, ThreadsPerCore: not null } cpu, Hypervisor: { ReservedMemory: { } reserved } hypervisor })
        {
            return null;
        }

        var ratios = resolver.For(host);
        return ratios is { Cpu: > 0, Ram: > 0 } ? new HostCapacity(host, cpu, hypervisor, ratios, memory.Value, reserved.Value) : null;
    }

    /// <summary>Each declared guest or domU, and under Xen dom0 (the first one written) and the driver domains, in source order.</summary>
    public IEnumerable<CapacityDemand> Demands()
    {
        if (Hypervisor.Kind.Value == HypervisorKind.Xen)
        {
            if (Hypervisor.Dom0 is { } dom0)
            {
                yield return new CapacityDemand("dom0", null, dom0.Location, dom0.Memory?.Value, dom0.Vcpus?.Value);
            }

            foreach (var domain in Hypervisor.DriverDomains)
            {
                yield return new CapacityDemand("driver domain", domain.Name, domain.Location, domain.Memory?.Value, domain.Vcpus?.Value);
            }
        }

        foreach (var guest in Hypervisor.Guests)
        {
            var kind = guest.Kind == GuestKind.DomU ? "domU" : "guest";
            yield return new CapacityDemand(kind, guest.Name.Value, guest.Name.Location, guest.Memory?.Value, guest.Vcpus?.Value);
        }
    }
}
