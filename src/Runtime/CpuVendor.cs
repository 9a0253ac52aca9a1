namespace TopoLang.Runtime
{
    /// <summary>The maker of a host's CPU, which decides its virtualization flags.</summary>
    public enum CpuVendor
    {
        /// <summary>Intel: hardware virtualization is VT-x (cpu flag <c>vmx</c>).</summary>
        Intel,

        /// <summary>AMD: hardware virtualization is AMD-V (cpu flag <c>svm</c>).</summary>
        Amd,
    }
}
