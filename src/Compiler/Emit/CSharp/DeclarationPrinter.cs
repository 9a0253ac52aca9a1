using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace TopoLang.Compiler.Emit.CSharp;

/// <summary>
/// Prints a generated declaration from its Roslyn tree, token by token, with the spacing
/// Roslyn's NormalizeWhitespace would give the few constructs the emitter builds (object and
/// array creation, member access, calls, casts, `!`, literals, properties with `{ get; }` or `=>`). NormalizeWhitespace
/// rewrites the whole tree and cost most of an emit; this is one pass over the tokens. Every
/// token's text is Roslyn's: literals stay formatted by SymbolDisplay.FormatLiteral.
/// </summary>
internal static class DeclarationPrinter
{
    public static string Print(MemberDeclarationSyntax member)
    {
        var text = new StringBuilder();
        foreach (var trivia in member.GetLeadingTrivia())
        {
            AppendTrivia(text, trivia);
        }

        SyntaxToken previous = default;
        foreach (var token in member.DescendantTokens())
        {
            if (previous.RawKind != 0 && NeedsSpace(previous, token))
            {
                text.Append(' ');
            }

            text.Append(token.Text);
            previous = token;
        }

        text.Append('\n');
        foreach (var trivia in member.GetLastToken().TrailingTrivia)
        {
            AppendTrivia(text, trivia);
        }

        return text.ToString();
    }

    private static void AppendTrivia(StringBuilder text, SyntaxTrivia trivia)
    {
        switch (trivia.GetStructure())
        {
            case LineDirectiveTriviaSyntax { Line.RawKind: (int)SyntaxKind.DefaultKeyword }:
                text.Append("#line default\n");
                break;
            case LineDirectiveTriviaSyntax line:
                text.Append("#line ").Append(line.Line.Text).Append(' ').Append(line.File.Text).Append('\n');
                break;
            default:
                text.Append(trivia.ToFullString());
                break;
        }
    }

    private static bool NeedsSpace(SyntaxToken left, SyntaxToken right)
    {
        var l = left.Kind();
        var r = right.Kind();
        if (l == SyntaxKind.EqualsGreaterThanToken)
        {
            return true;
        }

        if (l is SyntaxKind.OpenParenToken or SyntaxKind.OpenBracketToken or SyntaxKind.DotToken or SyntaxKind.ColonColonToken or SyntaxKind.LessThanToken
            || r is SyntaxKind.CloseParenToken or SyntaxKind.CloseBracketToken or SyntaxKind.DotToken or SyntaxKind.ColonColonToken
                or SyntaxKind.CommaToken or SyntaxKind.SemicolonToken or SyntaxKind.OpenParenToken or SyntaxKind.OpenBracketToken
                or SyntaxKind.LessThanToken or SyntaxKind.GreaterThanToken)
        {
            return false;
        }

        if (r == SyntaxKind.ExclamationToken && right.Parent is PostfixUnaryExpressionSyntax)
        {
            return false;
        }

        if (l == SyntaxKind.CloseParenToken && left.Parent is CastExpressionSyntax)
        {
            return false;
        }

        if (l == SyntaxKind.GreaterThanToken)
        {
            return r is not SyntaxKind.OpenParenToken;
        }

        return true;
    }
}
