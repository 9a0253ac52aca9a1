namespace TopoLang.Compiler.Binding.Schema;

/// <summary>The kinds of named things that share a topology's one namespace (docs/reference.md).</summary>
public enum EntityKind
{
    Host,
    Guest,
    DomU,
    DriverDomain,
    Network,
    Provider,
    Cloud,
    Deployment,
    Instance,
}
