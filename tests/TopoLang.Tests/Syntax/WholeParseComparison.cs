using System.Collections;
using System.Linq;
using System.Text;
using TopoLang.Compiler.Diagnostics;
using TopoLang.Compiler.Syntax;
using TopoLang.Compiler.Text;

namespace TopoLang.Tests.Syntax;

/// <summary>
/// A text read a top-level statement at a time (the compiler's way, with a window of tokens)
/// against the same text parsed whole (the language server's way, with every token): the
/// statements, field for field, and the diagnostics, with their codes, spans, messages, related
/// places and order, must be the same. Read three ways: keeping every statement; recycling each
/// one's nodes for the next, when each is described as it is read; and that, parsed ahead on
/// another thread.
/// </summary>
internal static class WholeParseComparison
{
    public static void AssertSame(string text)
    {
        var source = SourceText.From(text, "window.topo");
        var whole = SyntaxTree.Parse(source);
        foreach (var (recycle, readAhead) in new[] { (false, false), (true, false), (true, true) })
        {
            var reader = SyntaxTree.ReadStatementByStatement(source, recycle, readAhead);
            var statements = reader.ReadAll().Select(Describe).ToList();

            Assert.Equal(whole.Root.Statements.Select(Describe), statements);
            Assert.Equal(whole.Diagnostics.Select(Describe), reader.Tree.Diagnostics.Select(Describe));
        }
    }

    /// <summary>A node and everything under it, property by property (as deep as the nesting limit lets blocks go).</summary>
    private static string Describe(SyntaxNode node)
    {
        var text = new StringBuilder();
        Write(text, node);
        return text.ToString();
    }

    private static void Write(StringBuilder text, object? value)
    {
        switch (value)
        {
            case null:
                text.Append("null");
                return;
            case string word:
                text.Append('"').Append(word).Append('"');
                return;
            case IEnumerable items:
                text.Append('[');
                foreach (var item in items)
                {
                    Write(text, item);
                    text.Append(' ');
                }

                text.Append(']');
                return;
            case System.ValueType:
                text.Append(value); // tokens, spans, kinds and numbers say all they hold
                return;
        }

        text.Append(value.GetType().Name).Append('(');
        foreach (var property in value.GetType().GetProperties())
        {
            text.Append(property.Name).Append('=');
            Write(text, property.GetValue(value));
            text.Append(' ');
        }

        text.Append(')');
    }

    private static string Describe(Diagnostic diagnostic) =>
        $"{diagnostic.Code} {diagnostic.Location.Span} {diagnostic.Message}"
        + string.Concat(diagnostic.Related.Select(related => $" | {related.Location.Span} {related.Message}"));
}
