using Pidgin;

namespace TopoLang.Compiler.Syntax.Parsing;

/// <summary>Skipping tokens after an error, without recursion, so that no input can exhaust the stack.</summary>
internal static class Recovery
{
    /// <summary>
    /// Skips to the token that closes an already opened <paramref name="open"/> and consumes it.
    /// Stops (returning null) at the end of the file, and, for lists, before a `{` or `}`, which
    /// belong to the enclosing block.
    /// </summary>
    public static SyntaxToken? SkipBalanced(ref ParseState<SyntaxToken> state, ParseContext context, SyntaxKind open, SyntaxKind close)
    {
        var depth = 0;
        var isList = open == SyntaxKind.OpenBracket;
        while (true)
        {
            var token = context.Current(ref state);
            if (token.Kind == SyntaxKind.EndOfFile)
            {
                // What made us skip was reported; the end of the file is no new mistake.
                context.EndOfFileReported = true;
                return null;
            }

            if (isList && token.Kind is SyntaxKind.OpenBrace or SyntaxKind.CloseBrace)
            {
                return null;
            }

            state.Advance(1);
            if (token.Kind == open)
            {
                depth++;
            }
            else if (token.Kind == close && depth-- == 0)
            {
                return token;
            }
        }
    }
}
