namespace TopoLang.Tests.Cli;

/// <summary>Small topologies the CLI tests write into their scratch folders.</summary>
internal static class LabTopologies
{
    /// <summary>
    /// Valid, with one warning (TOPO2004: QEMU without acceleration) and a param, `web_count`, that
    /// sets how many guests host h1 runs.
    /// </summary>
    public const string EmulatedWebHost = """
        param web_count: int = 1
        network lan { cidr "10.0.1.0/24" }
        host h1 {
          cpu intel { cores 4; features [vmx, ept] }
          memory 16 GiB
          hypervisor qemu {
            for i in 1..web_count {
              guest "web-${i}" { vcpus 1; memory 1 GiB; os linux "debian-12"; nic lan }
            }
          }
        }

        """;

    /// <summary>Valid, without a diagnostic and without params.</summary>
    public const string OneNetwork = "network lan {\n  cidr \"10.0.1.0/24\"\n}\n";
}
