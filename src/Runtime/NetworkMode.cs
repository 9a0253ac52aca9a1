namespace TopoLang.Runtime
{
    /// <summary>How a network connects its guests to the outside.</summary>
    public enum NetworkMode
    {
        /// <summary>Bridged onto a host interface.</summary>
        Bridge,

        /// <summary>Behind network address translation.</summary>
        Nat,

        /// <summary>No connection outside the network.</summary>
        Isolated,

        /// <summary>A provider (physical) network of a cloud.</summary>
        Provider,
    }
}
