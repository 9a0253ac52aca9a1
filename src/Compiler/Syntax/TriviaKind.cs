namespace TopoLang.Compiler.Syntax;

public enum TriviaKind
{
    Whitespace,
    LineComment,
    BlockComment,

    /// <summary>Characters the lexer could not use; they already have a TOPO0001.</summary>
    SkippedText,
}
