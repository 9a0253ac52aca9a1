namespace TopoLang.Runtime
{
    /// <summary>Why a size text was accepted or not, so that Parse can pick the exception to throw.</summary>
    internal enum SizeParseStatus
    {
        Ok,
        Malformed,
        FractionalBytes,
        Overflow,
    }
}
