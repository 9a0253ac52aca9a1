using System.Collections.Generic;
using TopoLang.Compiler.Binding.Schema;
using TopoLang.Compiler.Diagnostics;
using TopoLang.Compiler.Syntax;
using TopoLang.Compiler.Text;

namespace TopoLang.LanguageServer.Features;

/// <summary>
/// Where a place of a file is, as the schema sees it: the kind of block it is in, the CPU vendor
/// when inside `cpu intel { }`, and the statement written so far before it. Read from the tokens
/// alone, so that it works on a half-typed line the parser cannot read yet.
/// </summary>
/// <param name="Spec">The block's schema; null inside a block the schema does not know.</param>
/// <param name="Words">The tokens of the statement before the place, without the word being typed.</param>
/// <param name="ValueIndex">Which value of the statement's entry the place is at (0: the first after its word).</param>
/// <param name="InList">Inside `[ ... ]`.</param>
internal sealed record BlockContext(BlockSpec? Spec, string? Vendor, IReadOnlyList<string> Words, int ValueIndex, bool InList)
{
    public bool AtStatementStart => Words.Count == 0;

    public bool AtTopLevel => ReferenceEquals(Spec, TopoSchema.File);

    public static BlockContext At(SourceText text, int offset)
    {
        var tokens = new Lexer(text, new DiagnosticBag()).Tokenize();
        var frames = new Stack<(BlockSpec? Spec, string? Vendor)>();
        frames.Push((TopoSchema.File, null));
        var statement = new List<SyntaxToken>();
        var depth = 0;
        foreach (var token in tokens)
        {
            // The word being typed ends at the place (or runs past it): it is not yet a word of the statement.
            if (token.Start >= offset || (token.End >= offset && token.Kind is SyntaxKind.Identifier or SyntaxKind.Number or SyntaxKind.Quantity))
            {
                break;
            }

            switch (token.Kind)
            {
                case SyntaxKind.Newline or SyntaxKind.Semicolon when depth == 0:
                    statement.Clear();
                    break;
                case SyntaxKind.OpenBrace:
                    frames.Push(Enter(frames.Peek(), statement, text));
                    statement.Clear();
                    depth = 0;
                    break;
                case SyntaxKind.CloseBrace:
                    if (frames.Count > 1)
                    {
                        frames.Pop();
                    }

                    statement.Clear();
                    depth = 0;
                    break;
                case SyntaxKind.Newline:
                    break;
                default:
                    depth += token.Kind == SyntaxKind.OpenBracket ? 1 : token.Kind == SyntaxKind.CloseBracket ? -1 : 0;
                    statement.Add(token);
                    break;
            }
        }

        var (spec, vendor) = frames.Peek();
        var words = statement.ConvertAll(token => text.ToString(token.Span));
        return new BlockContext(spec, vendor, words, ValueIndexOf(statement), depth > 0);
    }

    /// <summary>The block a `{` opens: the entry's block (by its key: `hypervisor xen`), a loop's body is its parent's kind.</summary>
    private static (BlockSpec? Spec, string? Vendor) Enter((BlockSpec? Spec, string? Vendor) parent, List<SyntaxToken> statement, SourceText text)
    {
        if (statement.Count == 0 || parent.Spec is null)
        {
            return (null, parent.Vendor);
        }

        if (statement[0].Kind == SyntaxKind.ForKeyword)
        {
            return parent;
        }

        var word = text.ToString(statement[0].Span);
        var key = statement.Count > 1 && statement[1].Kind == SyntaxKind.Identifier ? text.ToString(statement[1].Span) : null;
        var entry = parent.Spec.Find(word);
        return (entry?.BlockFor(key), word == "cpu" ? key : parent.Vendor);
    }

    /// <summary>Values after the entry's word, a list counting as one; inside a list, the list's own index.</summary>
    private static int ValueIndexOf(List<SyntaxToken> statement)
    {
        var index = 0;
        var depth = 0;
        for (var i = 1; i < statement.Count; i++)
        {
            switch (statement[i].Kind)
            {
                case SyntaxKind.OpenBracket:
                    depth++;
                    break;
                case SyntaxKind.CloseBracket:
                    depth--;
                    index += depth == 0 ? 1 : 0;
                    break;
                case SyntaxKind.Comma:
                    break;
                default:
                    index += depth == 0 ? 1 : 0;
                    break;
            }
        }

        return index;
    }
}
