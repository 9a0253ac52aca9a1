namespace TopoLang.Compiler.Emit.Plan;

/// <summary>The kinds of plan steps (docs/plan-schema.md, plus start-network and autostart-guest).</summary>
public static class PlanStepKinds
{
    public const string ValidateHost = "validate-host";
    public const string InstallHypervisor = "install-hypervisor";
    public const string ConfigureDom0 = "configure-dom0";
    public const string RebootHost = "reboot-host";
    public const string WaitForDom0 = "wait-for-dom0";
    public const string CreateDriverDomain = "create-driver-domain";
    public const string InstallKernel = "install-kernel";
    public const string CreateBridge = "create-bridge";
    public const string CreateDisk = "create-disk";
    public const string CreateNetwork = "create-network";
    public const string StartNetwork = "start-network";
    public const string DefineGuest = "define-guest";
    public const string StartGuest = "start-guest";
    public const string AutostartGuest = "autostart-guest";
    public const string RegisterCompute = "register-compute";
    public const string CreateFlavor = "create-flavor";
    public const string RegisterImage = "register-image";
    public const string CreateStack = "create-stack";
    public const string DeployInstance = "deploy-instance";
    public const string ConfigureAutoscale = "configure-autoscale";
}
