namespace TopoLang.Compiler.Binding.Schema;

public static class EntityKindText
{
    /// <summary>"a host", "a driver domain": for "'kvm-01' is a host, a network is expected".</summary>
    public static string WithArticle(this EntityKind kind) => kind switch
    {
        EntityKind.Host => "a host",
        EntityKind.Guest => "a guest",
        EntityKind.DomU => "a domU",
        EntityKind.DriverDomain => "a driver domain",
        EntityKind.Network => "a network",
        EntityKind.Provider => "a provider",
        EntityKind.Cloud => "a cloud",
        EntityKind.Deployment => "a deployment",
        _ => "an instance",
    };
}
