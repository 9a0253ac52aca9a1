namespace TopoLang.Runtime
{
    /// <summary>The IaaS software of a cloud or a provider's offering.</summary>
    public enum CloudPlatform
    {
        /// <summary>OpenStack (Python, Apache-2.0).</summary>
        OpenStack,

        /// <summary>Apache CloudStack (Java).</summary>
        CloudStack,
    }
}
