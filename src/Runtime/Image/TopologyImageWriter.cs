using System;
using System.Collections.Generic;

namespace TopoLang.Runtime.Image
{
    /// <summary>Writes each kind of runtime object, field by field in constructor order; <see cref="TopologyImageReader"/> mirrors it.</summary>
    internal static class TopologyImageWriter
    {
        public static void Topology(ImageWriter w, Topology topology)
        {
            w.String(topology.Name);
            w.String(topology.Namespace);
            w.List(topology.Hosts, Host);
            w.List(topology.Networks, Network);
            w.List(topology.Providers, Provider);
            w.List(topology.Clouds, Cloud);
            w.List(topology.Deployments, Deployment);
        }

        /// <summary>A plan's steps, each as <see cref="PlanStep"/>'s constructor takes its fields.</summary>
        public static void Plan(ImageWriter w, IReadOnlyList<PlanStepFields> steps) => w.List(steps, Step);

        private static void Step(ImageWriter w, PlanStepFields step)
        {
            w.String(step.Id);
            w.String(step.Kind);
            w.String(step.Target);
            w.Strings(step.DependsOn);
            w.String(step.Artifact);
            w.OptionalStrings(step.Command);
        }

        private static void Host(ImageWriter w, Host host)
        {
            w.String(host.Name);
            w.Int((int)host.Arch);
            Cpu(w, host.Cpu);
            w.Size(host.Memory);
            w.Size(host.Storage);
            Hypervisor(w, host.Hypervisor);
        }

        private static void Cpu(ImageWriter w, Cpu cpu)
        {
            w.Int((int)cpu.Vendor);
            w.String(cpu.Model);
            w.Int(cpu.Sockets);
            w.Int(cpu.Cores);
            w.Int(cpu.ThreadsPerCore);
            w.Strings(cpu.Features);
        }

        private static void Hypervisor(ImageWriter w, Hypervisor hypervisor)
        {
            w.Int((int)hypervisor.Kind);
            w.String(hypervisor.Version);
            w.Size(hypervisor.ReservedMemory);
            switch (hypervisor)
            {
                case KvmHypervisor kvm:
                    Ratios(w, kvm);
                    w.String(kvm.Emulator);
                    w.String(kvm.EmulatorVersion);
                    w.List(kvm.Guests, PlainGuest);
                    break;
                case QemuHypervisor qemu:
                    w.String(qemu.Accelerator);
                    w.List(qemu.Guests, PlainGuest);
                    break;
                case XenHypervisor xen:
                    Ratios(w, xen);
                    w.Optional(xen.Dom0, static (w, dom0) =>
                    {
                        w.Int(dom0.Vcpus);
                        w.Size(dom0.Memory);
                        Backends(w, dom0.Backends);
                    });
                    w.List(xen.DriverDomains, static (w, domain) =>
                    {
                        w.String(domain.Name);
                        w.Int(domain.Vcpus);
                        w.Size(domain.Memory);
                        Backends(w, domain.Backends);
                    });
                    w.List(xen.DomUs, DomU);
                    break;
                default:
                    throw new ArgumentException($"A hypervisor of kind {hypervisor.Kind} has no image form.", nameof(hypervisor));
            }
        }

        private static void Ratios(ImageWriter w, Hypervisor hypervisor)
        {
            w.Bool(hypervisor.Nested);
            w.Decimal(hypervisor.CpuAllocationRatio);
            w.Decimal(hypervisor.RamAllocationRatio);
        }

        private static void Backends(ImageWriter w, IReadOnlyList<XenBackend> backends) => w.List(backends, static (w, backend) => w.Int((int)backend));

        /// <summary>A KVM or QEMU guest: the hypervisor's kind says which fields follow, so a domU here would be misread.</summary>
        private static void PlainGuest(ImageWriter w, Guest guest)
        {
            if (guest is DomU)
            {
                throw new ArgumentException($"'{guest.Name}' is a Xen domU on a KVM or QEMU hypervisor; the image has no form for it.", nameof(guest));
            }

            CommonGuest(w, guest);
            w.Int((int?)guest.CpuMode);
            w.Optional(guest.NestedHypervisor, Hypervisor);
        }

        private static void DomU(ImageWriter w, DomU domU)
        {
            CommonGuest(w, domU);
            w.Int((int)domU.Mode);
            w.Bool(domU.PvDrivers);
            w.String(domU.Backend);
            w.Optional(domU.NestedHypervisor, Hypervisor);
        }

        private static void CommonGuest(ImageWriter w, Guest guest)
        {
            w.String(guest.Name);
            w.Int((int)guest.Os);
            w.String(guest.Distro);
            w.Int((int?)guest.Arch);
            w.Int(guest.Vcpus);
            w.Size(guest.Memory);
            w.List(guest.Disks, static (w, disk) =>
            {
                w.String(disk.Name);
                w.Size(disk.Size);
                w.Int((int)disk.Bus);
                w.Int((int?)disk.Format);
            });
            w.List(guest.Nics, static (w, nic) =>
            {
                w.String(nic.Network);
                w.String(nic.Ip);
                w.Int((int?)nic.Model);
            });
            w.Bool(guest.Autostart);
        }

        private static void Network(ImageWriter w, Network network)
        {
            w.String(network.Name);
            w.String(network.Cidr.ToString());
            w.String(network.Gateway);
            w.Int(network.Vlan);
            w.Int((int)network.Mode);
        }

        private static void Provider(ImageWriter w, Provider provider)
        {
            w.String(provider.Name);
            w.Int((int)provider.Platform);
            w.List(provider.Scaling, static (w, mode) => w.Int((int)mode));
            w.Strings(provider.Services);
            w.Decimal(provider.MonthlyFee);
            w.String(provider.Currency);
        }

        private static void Cloud(ImageWriter w, Cloud cloud)
        {
            w.String(cloud.Name);
            w.Int((int)cloud.Platform);
            w.String(cloud.Provider);
            w.String(cloud.Region);
            w.Strings(cloud.Compute);
            w.Optional(cloud.Quota, static (w, quota) =>
            {
                w.Int(quota.Vcpus);
                w.Size(quota.Memory);
                w.Int(quota.Instances);
            });
        }

        private static void Deployment(ImageWriter w, Deployment deployment)
        {
            w.String(deployment.Name);
            w.String(deployment.Cloud);
            w.Strings(deployment.Uses);
            w.List(deployment.Instances, Instance);
        }

        private static void Instance(ImageWriter w, Instance instance)
        {
            w.String(instance.Name);
            w.String(instance.Image);
            w.Int(instance.Flavor.Vcpus);
            w.Size(instance.Flavor.Memory);
            w.Size(instance.Flavor.Disk);
            w.Int(instance.Count);
            w.String(instance.Network);
            w.Optional(instance.ScaleOut, static (w, policy) =>
            {
                w.Int(policy.Min);
                w.Int(policy.Max);
                w.Decimal(policy.CpuAbovePercent);
                w.Decimal(policy.CpuBelowPercent);
                w.Int(policy.Cooldown.Ticks);
            });
            w.Optional(instance.ScaleUp, static (w, policy) =>
            {
                w.Int(policy.MaxVcpus);
                w.Size(policy.MaxMemory);
            });
        }
    }
}
