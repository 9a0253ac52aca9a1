namespace TopoLang.Compiler.Hosting;

/// <summary>Why an entry file could not be read.</summary>
public enum UnreadableReason
{
    IsDirectory,
    NoSuchFile,
    NoSuchDirectory,
    PermissionDenied,

    /// <summary>Any other I/O failure; its message says what.</summary>
    OtherIoFailure,
}
