namespace TopoLang.Compiler.Catalog;

public enum CpuFlagCategory
{
    /// <summary>Hardware virtualization: what KVM, Xen HVM and PVH need.</summary>
    Virtualization,

    /// <summary>Second-level address translation (EPT/NPT): fast guest page tables.</summary>
    SecondLevelTranslation,

    /// <summary>IOMMU: device assignment and driver domains that own real hardware.</summary>
    Iommu,
    VendorFeature,
    Common,
}
