namespace TopoLang.Compiler.Syntax;

/// <summary>
/// Takes a file's top-level statements one by one as they are parsed, instead of a tree that
/// holds them all (<see cref="SyntaxTree.ParseStatementByStatement"/>).
/// </summary>
internal interface ITopLevelSink
{
    /// <summary>
    /// Called once, before the first statement: the tree being parsed (its diagnostics are filled
    /// in at the end) and where the file's last `import`, `param`, `topology` or `namespace`
    /// keyword starts, anywhere in the file (-1 when there is none).
    /// </summary>
    void Start(SyntaxTree tree, int lastDirectiveStart);

    void Take(StatementSyntax statement);
}
