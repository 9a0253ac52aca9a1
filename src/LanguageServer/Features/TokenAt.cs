using TopoLang.Compiler.Diagnostics;
using TopoLang.Compiler.Syntax;
using TopoLang.Compiler.Text;

namespace TopoLang.LanguageServer.Features;

/// <summary>The token a place touches: the one it is in, or the one that ends there (the cursor just after a word).</summary>
internal static class TokenAt
{
    public static SyntaxToken? Find(SourceText text, int offset)
    {
        SyntaxToken? ending = null;
        foreach (var token in new Lexer(text, new DiagnosticBag()).Tokenize())
        {
            if (token.Start > offset)
            {
                break;
            }

            if (token.Kind is SyntaxKind.Newline or SyntaxKind.EndOfFile)
            {
                continue;
            }

            if (token.Span.Contains(offset))
            {
                return token;
            }

            if (token.End == offset)
            {
                ending = token;
            }
        }

        return ending;
    }
}
