namespace TopoLang.Runtime
{
    /// <summary>The bus a guest's disk is attached on.</summary>
    public enum DiskBus
    {
        /// <summary>Paravirtualized virtio-blk.</summary>
        Virtio,

        /// <summary>SCSI.</summary>
        Scsi,

        /// <summary>SATA.</summary>
        Sata,

        /// <summary>IDE.</summary>
        Ide,
    }
}
