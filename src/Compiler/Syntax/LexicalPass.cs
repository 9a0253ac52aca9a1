using TopoLang.Compiler.Diagnostics;
using TopoLang.Compiler.Syntax.Parsing;
using TopoLang.Compiler.Text;

namespace TopoLang.Compiler.Syntax;

/// <summary>
/// Lexes a whole text once and keeps no token, for a parse that lexes its tokens again a window
/// at a time (<see cref="SyntaxTree.ReadStatementByStatement"/>). The pass reports every lexical
/// diagnostic, so they come before the parser's as when the whole file is lexed first; collects
/// where the lexical errors are, which the parser asks about; and finds the last directive,
/// which the binder needs before the first statement. Being the lexer, it cannot be fooled by a
/// keyword in a comment or a string.
/// </summary>
/// <param name="LastDirectiveStart">Where the text's last `import`, `param`, `topology` or `namespace` keyword starts; -1 when there is none.</param>
internal sealed record LexicalPass(LexicalErrorIndex Errors, int LastDirectiveStart)
{
    public static LexicalPass Run(SourceText text, DiagnosticBag diagnostics)
    {
        var lexer = new Lexer(text, diagnostics);
        var lastDirectiveStart = -1;
        while (lexer.NextToken() is var token && token.Kind != SyntaxKind.EndOfFile)
        {
            if (IsDirective(token.Kind))
            {
                lastDirectiveStart = token.Start;
            }
        }

        return new LexicalPass(new LexicalErrorIndex(lexer.ErrorStarts, lexer.BracesInUnterminatedStrings), lastDirectiveStart);
    }

    private static bool IsDirective(SyntaxKind kind) =>
        kind is SyntaxKind.ImportKeyword or SyntaxKind.ParamKeyword or SyntaxKind.TopologyKeyword or SyntaxKind.NamespaceKeyword;
}
