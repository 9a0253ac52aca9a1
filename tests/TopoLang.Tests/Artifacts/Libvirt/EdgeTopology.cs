namespace TopoLang.Tests.Artifacts.Libvirt;

/// <summary>
/// A valid topology that reaches every branch of the libvirt writers: each CPU mode under KVM
/// and TCG, aarch64, every disk bus, nested and Xen guests (no file), every network mode, long
/// network names.
/// </summary>
internal static class EdgeTopology
{
    public const string Source = """
        topology edge

        host intel-kvm {
          cpu intel { model "Xeon"; cores 16; features [vmx, ept, avx512f, avx2] }
          memory 128 GiB
          hypervisor kvm {
            nested true
            guest custom-nested {
              os linux; cpu_mode custom; vcpus 2; memory 4 GiB
              hypervisor kvm { guest deep { os linux; vcpus 1; memory 1 GiB } }
            }
            guest default-nested {
              os linux; vcpus 2; memory 4 GiB
              hypervisor xen { dom0 { vcpus 1; memory 1 GiB } }
            }
            guest odd-memory {
              os linux; vcpus 1; memory 1000000000 B
              disk a 1 GiB { bus ide }
              disk b 1 GiB { bus scsi }
              disk c 1 GiB { bus sata; format raw }
              disk d 1 GiB
              disk e 1 GiB { bus virtio; format raw }
              nic lan { model netfront }
              nic lan { model e1000 }
            }
            guest win {
              os windows "server-2022"; cpu_mode host-model; vcpus 2; memory 4 GiB
              disk c 40 GiB { bus sata }
              nic nat6 { ip "fd00:7::10" }
            }
          }
        }

        host amd-kvm {
          cpu amd { cores 8; features [svm, npt, avx2] }
          memory 64 GiB
          hypervisor kvm {
            guest epyc { os linux; cpu_mode custom; vcpus 1; memory 1 GiB; nic natnogw { ip "10.8.0.20" } }
          }
        }

        host arm-kvm {
          arch aarch64
          cpu amd { cores 8; features [svm, npt] }
          memory 64 GiB
          hypervisor kvm {
            guest arm { os linux; cpu_mode custom; vcpus 2; memory 2 GiB; disk root 10 GiB { bus ide } }
          }
        }

        host tcg {
          cpu intel { cores 4 }
          memory 16 GiB
          hypervisor qemu {
            guest pass { os linux; cpu_mode host-passthrough; vcpus 1; memory 1 GiB }
            guest arm-emu { os linux; arch aarch64; cpu_mode custom; vcpus 1; memory 1 GiB }
            guest x86-custom { os other; cpu_mode custom; vcpus 1; memory 1 GiB }
            guest plain { os bsd; vcpus 1; memory 1 GiB }
          }
        }

        host xen-01 {
          cpu intel { cores 8; features [vmx, ept] }
          memory 32 GiB
          hypervisor xen {
            dom0 { vcpus 1; memory 2 GiB }
            domu d { os linux; vcpus 1; memory 1 GiB }
          }
        }

        network lan { cidr "10.9.0.0/24" }
        network nat6 { cidr "fd00:7::/64"; gateway "fd00:7::1"; mode nat }
        network natnogw { cidr "10.8.0.0/24"; mode nat; vlan 8 }
        network p2p-nat { cidr "10.7.0.0/31"; mode nat }
        network iso-gw { cidr "10.6.0.0/24"; gateway "10.6.0.1"; mode isolated }
        network iso { cidr "10.5.0.0/24"; mode isolated }
        network uplink { cidr "10.4.0.0/24"; mode provider; vlan 4 }
        network a-very-long-network-name { cidr "10.3.0.0/24" }
        network a-very-long-network-name-2 { cidr "10.2.0.0/24" }
        network exactly-12ch { cidr "10.1.0.0/24" }
        """;
}
