namespace TopoLang.Runtime
{
    /// <summary>The instruction set of a host or guest.</summary>
    public enum Architecture
    {
        /// <summary>64-bit x86 (Intel 64, AMD64).</summary>
        X86_64,

        /// <summary>64-bit Arm (ARMv8-A and later).</summary>
        Aarch64,
    }
}
