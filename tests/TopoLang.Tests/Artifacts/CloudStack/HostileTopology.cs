using System.Globalization;
using System.Text;
using TopoLang.Compiler;
using TopoLang.Compiler.Text;
using TopoLang.Tests.Infrastructure;

namespace TopoLang.Tests.Artifacts.CloudStack;

/// <summary>
/// A valid topology whose free-text values (distro, image, region, cpu model, hypervisor
/// version) hold everything that could break a format: quotes, markup, a newline, `${`, YAML
/// indicators, shell metacharacters, entities and non-ASCII text.
/// </summary>
public static class HostileTopology
{
    public const string Text = "q\"uote <a href='x'>&amp; ]]> line\nbreak ${zone:x} key: - #! *a; $(rm -rf /) `id` \\ back\\slash \t tab é日本😀 #quot; %20 {}";

    public static string Distro => Text + " distro";

    public static string Image => Text + " image";

    public static string Region => Text + " region";

    public static string CpuModel => Text + " cpu";

    public static string Version => Text + " version";

    public static TopoCompilation Compile() => TopoCompilation.Create(SourceText.From(Source, "hostile.topo"));

    private static string Source => $$"""
        topology hostile
        host h1 {
          cpu intel { model {{TopoLiteral.Quoted(CpuModel)}}; cores 16; features [vmx, ept] }
          memory 64 GiB
          hypervisor kvm {
            emulator qemu {{TopoLiteral.Quoted(Version)}}
            guest g1 { os linux {{TopoLiteral.Quoted(Distro)}}; vcpus 2; memory 4 GiB; disk root 10 GiB; nic lan { ip "10.1.0.10" } }
          }
        }
        host x1 {
          cpu intel { model {{TopoLiteral.Quoted(CpuModel)}}; cores 16; features [vmx, ept] }
          memory 64 GiB
          hypervisor xen {{TopoLiteral.Quoted(Version)}} {
            dom0 { vcpus 2; memory 4 GiB }
            domu d1 { os linux {{TopoLiteral.Quoted(Distro)}}; mode pvh; vcpus 1; memory 1 GiB; nic lan }
          }
        }
        network lan { cidr "10.1.0.0/24"; gateway "10.1.0.1" }
        network app { cidr "10.2.0.0/24" }
        cloud cs { platform cloudstack; region {{TopoLiteral.Quoted(Region)}} }
        cloud os { platform openstack; region {{TopoLiteral.Quoted(Region)}} }
        deployment shop {
          cloud cs
          instance web {
            image {{TopoLiteral.Quoted(Image)}}
            flavor { vcpus 2; memory 4 GiB; disk 20 GiB }
            count 2
            network app
            scale out { min 2; max 4 }
          }
          instance db {
            image {{TopoLiteral.Quoted(Image)}}
            flavor { vcpus 4; memory 8 GiB; disk 50 GiB }
            network app
          }
        }
        deployment stack {
          cloud os
          instance api { image {{TopoLiteral.Quoted(Image)}}; flavor { vcpus 1; memory 1 GiB; disk 10 GiB }; network app }
        }
        """;
}
