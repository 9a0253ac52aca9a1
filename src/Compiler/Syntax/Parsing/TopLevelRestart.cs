namespace TopoLang.Compiler.Syntax.Parsing;

/// <summary>
/// Recovery from a missing `}`: inside an entry's block, a statement that starts a line at
/// column 1 and can only be top level closes every open block, so the rest of the file is
/// read as it was meant. Such a statement is `topology`, `namespace`, `import` or `param`, or a
/// declaration `host|network|provider|cloud|deployment NAME {`, which no block accepts (the
/// words that are also entries of some block never take a block there). Loop bodies at the top
/// level hold declarations, so they do not count as open blocks. Decided from three tokens,
/// never by trying a parse and undoing it.
/// </summary>
internal static class TopLevelRestart
{
    public static bool IsAt(ParseContext context, int index)
    {
        if (index == context.TopLevelRestartIndex)
        {
            return true;
        }

        if (context.EntryBlockDepth == 0 || !StartsLine(context, index) || !CanOnlyBeTopLevel(context, index))
        {
            return false;
        }

        context.TopLevelRestartIndex = index;
        context.TopLevelRestartReported = false;
        return true;
    }

    private static bool StartsLine(ParseContext context, int index)
    {
        var previous = context.Tokens[index - 1];
        return previous.Kind == SyntaxKind.Newline && previous.End == context.Tokens[index].Start;
    }

    private static bool CanOnlyBeTopLevel(ParseContext context, int index) => context.Tokens[index].Kind switch
    {
        SyntaxKind.TopologyKeyword or SyntaxKind.NamespaceKeyword or SyntaxKind.ImportKeyword or SyntaxKind.ParamKeyword => true,
        SyntaxKind.Identifier => IsDeclaration(context, index),
        _ => false,
    };

    private static bool IsDeclaration(ParseContext context, int index) =>
        context.Tokens.Exists(index + 2)
        && context.Tokens[index + 1].Kind is SyntaxKind.Identifier or SyntaxKind.String
        && context.Tokens[index + 2].Kind == SyntaxKind.OpenBrace
        && IsDeclarationWord(context.Read(context.Tokens[index].Span));

    private static bool IsDeclarationWord(System.ReadOnlySpan<char> word) =>
        word is "host" or "network" or "provider" or "cloud" or "deployment";
}
