namespace TopoLang.Compiler.Formatting;

/// <summary>What a top-level item belongs to, for the blank lines between them: comment lines belong to the statement right under them.</summary>
internal enum TopLevelUnit : byte
{
    /// <summary>`topology`, `namespace`, `import`, `param`: grouped without blank lines.</summary>
    Header,

    /// <summary>Declarations and loops, statements with a block: one blank line apart.</summary>
    Declaration,

    /// <summary>Any other statement: kept as the author spaced it.</summary>
    Simple,

    /// <summary>Comment lines with a blank line or the end of the file under them: kept as the author spaced them.</summary>
    Comment,
}
