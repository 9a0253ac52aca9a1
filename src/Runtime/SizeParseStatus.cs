namespace TopoLang.Runtime
{
    /// <summary>Why a size was accepted or not, so that Parse can pick the exception to throw and the compiler its diagnostic.</summary>
    internal enum SizeParseStatus
    {
        Ok,

        /// <summary>The text does not split into a number and a unit.</summary>
        Malformed,

        /// <summary>The unit is not one of <see cref="SizeUnits.All"/>.</summary>
        UnknownUnit,
        FractionalBytes,
        Overflow,
    }
}
