namespace TopoLang.Compiler.Binding.Schema;

/// <summary>The kinds of named things that share a topology's one namespace (LANGUAGE.md §4).</summary>
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
