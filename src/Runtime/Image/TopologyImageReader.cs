using System;
using System.Collections.Generic;

namespace TopoLang.Runtime.Image
{
    /// <summary>Reads each kind of runtime object in the order <see cref="TopologyImageWriter"/> wrote its fields.</summary>
    internal static class TopologyImageReader
    {
        public static Topology Topology(ImageReader r) => new Topology(
            r.String(),
            r.OptionalString(),
            r.List(() => Host(r)),
            r.List(() => Network(r)),
            r.List(() => Provider(r)),
            r.List(() => Cloud(r)),
            r.List(() => Deployment(r)));

        public static DeploymentPlan Plan(ImageReader r) => new DeploymentPlan(r.List(() => new PlanStep(
            r.String(),
            r.String(),
            r.String(),
            r.List(r.String),
            r.OptionalString(),
            r.Optional(() => r.List(r.String)))));

        private static Host Host(ImageReader r) => new Host(
            r.String(),
            (Architecture)r.Int32(),
            Cpu(r),
            r.Size(),
            r.OptionalSize(),
            Hypervisor(r));

        private static Cpu Cpu(ImageReader r) => new Cpu(
            (CpuVendor)r.Int32(),
            r.OptionalString(),
            r.Int32(),
            r.Int32(),
            r.Int32(),
            r.List(r.String));

        private static Hypervisor Hypervisor(ImageReader r)
        {
            var kind = (HypervisorKind)r.Int32();
            var version = r.OptionalString();
            var reserved = r.Size();
            switch (kind)
            {
                case HypervisorKind.Kvm:
                    var (kvmNested, kvmCpuRatio, kvmRamRatio) = Ratios(r);
                    return new KvmHypervisor(version, kvmNested, kvmCpuRatio, kvmRamRatio, reserved, r.String(), r.OptionalString(), r.List(() => PlainGuest(r)));
                case HypervisorKind.Qemu:
                    return new QemuHypervisor(version, reserved, r.String(), r.List(() => PlainGuest(r)));
                case HypervisorKind.Xen:
                    var (nested, cpuRatio, ramRatio) = Ratios(r);
                    return new XenHypervisor(
                        version,
                        nested,
                        cpuRatio,
                        ramRatio,
                        reserved,
                        r.Optional(() => new Dom0(r.Int32(), r.Size(), Backends(r))),
                        r.List(() => new DriverDomain(r.String(), r.Int32(), r.Size(), Backends(r))),
                        r.List(() => DomU(r)));
                default:
                    throw r.Corrupt("a hypervisor kind");
            }
        }

        private static (bool Nested, decimal? CpuRatio, decimal? RamRatio) Ratios(ImageReader r) =>
            (r.Bool(), r.OptionalDecimal(), r.OptionalDecimal());

        private static XenBackend[] Backends(ImageReader r) => r.List(() => (XenBackend)r.Int32());

        private static Guest PlainGuest(ImageReader r)
        {
            var common = CommonGuest(r);
            return new Guest(common.Name, common.Os, common.Distro, common.Arch, common.Vcpus, common.Memory, common.Disks, common.Nics, common.Autostart, (CpuMode?)r.OptionalInt32(), r.Optional(() => Hypervisor(r)));
        }

        private static DomU DomU(ImageReader r)
        {
            var common = CommonGuest(r);
            return new DomU(common.Name, common.Os, common.Distro, common.Arch, common.Vcpus, common.Memory, common.Disks, common.Nics, common.Autostart, (DomUMode)r.Int32(), r.Bool(), r.OptionalString(), r.Optional(() => Hypervisor(r)));
        }

        private static Network Network(ImageReader r) => new Network(
            r.String(),
            new Cidr(r.String()),
            r.OptionalString(),
            r.OptionalInt32(),
            (NetworkMode)r.Int32());

        private static Provider Provider(ImageReader r) => new Provider(
            r.String(),
            (CloudPlatform)r.Int32(),
            r.List(() => (ScalingMode)r.Int32()),
            r.List(r.String),
            r.OptionalDecimal(),
            r.OptionalString());

        private static Cloud Cloud(ImageReader r) => new Cloud(
            r.String(),
            (CloudPlatform)r.Int32(),
            r.OptionalString(),
            r.OptionalString(),
            r.List(r.String),
            r.Optional(() => new Quota(r.OptionalInt32(), r.OptionalSize(), r.OptionalInt32())));

        private static Deployment Deployment(ImageReader r) => new Deployment(
            r.String(),
            r.String(),
            r.List(r.String),
            r.List(() => Instance(r)));

        private static Instance Instance(ImageReader r) => new Instance(
            r.String(),
            r.String(),
            new Flavor(r.Int32(), r.Size(), r.OptionalSize()),
            r.Int32(),
            r.OptionalString(),
            r.Optional(() => new ScaleOutPolicy(r.Int32(), r.Int32(), r.Decimal(), r.Decimal(), TimeSpan.FromTicks(r.Int64()))),
            r.Optional(() => new ScaleUpPolicy(r.OptionalInt32(), r.OptionalSize())));

        /// <summary>The fields a KVM or QEMU guest and a domU share, read in the writer's order.</summary>
        private static (string Name, OsFamily Os, string? Distro, Architecture? Arch, int Vcpus, Size Memory, Disk[] Disks, Nic[] Nics, bool Autostart) CommonGuest(ImageReader r) => (
            r.String(),
            (OsFamily)r.Int32(),
            r.OptionalString(),
            (Architecture?)r.OptionalInt32(),
            r.Int32(),
            r.Size(),
            r.List(() => new Disk(r.String(), r.Size(), (DiskBus)r.Int32(), (DiskFormat?)r.OptionalInt32())),
            r.List(() => new Nic(r.String(), r.OptionalString(), (NicDeviceModel?)r.OptionalInt32())),
            r.Bool());
    }
}
