namespace TopoLang.Tests.PlanSimulation;

/// <summary>The preconditions the simulated machines check, one a rule, named as a failure reports them.</summary>
public static class Rules
{
    public const string FileExists = "a file a step names exists in the output folder";
    public const string NoPlaceholder = "a file or command a step runs holds no unfilled placeholder";
    public const string NotBlocked = "with every value given, no step is blocked";
    public const string PackageInstalled = "a tool's package is installed before the tool is used";
    public const string DefinedBeforeStarted = "a domain or network is defined before it is started";
    public const string NetworkBeforeGuest = "a network or bridge exists before a guest uses it";
    public const string BridgeBeforeNetwork = "a host bridge exists before the libvirt network on it starts";
    public const string DiskBeforeGuest = "a disk image exists before its guest is defined or started";
    public const string KernelBeforeDomain = "the kernel a domain boots from dom0 is in place before it starts";
    public const string BackendBeforeDomU = "a driver domain runs before the domUs it serves";
    public const string XenAfterReboot = "Xen commands run only after the host rebooted into Xen";
    public const string RebootAfterBootOptions = "the host reboots into Xen after dom0's boot options are written";
    public const string CloudObjectsFirst = "the images, flavors and compute hosts a cloud step names exist first";
    public const string CreatedIdsFirst = "a CloudStack call uses only ids that earlier calls created";
    public const string KnownCommand = "every command is one the simulated machines know";
}
