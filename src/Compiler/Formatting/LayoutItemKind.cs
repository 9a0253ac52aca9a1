namespace TopoLang.Compiler.Formatting;

internal enum LayoutItemKind : byte
{
    Statement,

    /// <summary>A line holding comments and no statement.</summary>
    CommentLine,
}
