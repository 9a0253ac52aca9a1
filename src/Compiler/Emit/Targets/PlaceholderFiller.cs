namespace TopoLang.Compiler.Emit.Targets;

/// <summary>Who replaces a placeholder: only the operator's are listed in the plan's summary.</summary>
public enum PlaceholderFiller
{
    /// <summary>An id the operator looks up (a zone, a service offering) and fills in.</summary>
    Operator,

    /// <summary>An id an earlier call of the same script creates and names in its `returns`.</summary>
    EarlierCall,
}
