using System.Collections.Immutable;
using TopoLang.Compiler.Syntax;
using TopoLang.Compiler.Text;

namespace TopoLang.Compiler.Binding;

/// <summary>
/// What one pass over a loop body produces, counted from the syntax before anything is expanded:
/// entities (entries with a block) and entries. A nested loop whose bounds are literal numbers
/// multiplies; one with computed bounds counts once (the running totals catch the rest). A pass
/// of a loop that expands no entry counts as one entry: it is work all the same.
/// </summary>
internal static class LoopCost
{
    public static (long Entities, long Entries) Of(ImmutableArray<StatementSyntax> statements, SourceText source)
    {
        long entities = 0, entries = 0;
        foreach (var statement in statements)
        {
            switch (statement)
            {
                case EntryStatementSyntax entry:
                    entries = Saturating.Add(entries, 1);
                    if (entry.Block is not null)
                    {
                        var (innerEntities, innerEntries) = Of(entry.Block.Statements, source);
                        entities = Saturating.Add(entities, Saturating.Add(1, innerEntities));
                        entries = Saturating.Add(entries, innerEntries);
                    }

                    break;
                case ForStatementSyntax loop:
                    var iterations = LiteralIterations(loop, source);
                    var (loopEntities, loopEntries) = Of(loop.Body.Statements, source);
                    entities = Saturating.Add(entities, Saturating.Multiply(iterations, loopEntities));
                    entries = Saturating.Add(entries, Saturating.Multiply(iterations, System.Math.Max(1, loopEntries)));
                    break;
            }
        }

        return (entities, entries);
    }

    private static long LiteralIterations(ForStatementSyntax loop, SourceText source)
    {
        if (loop.From is NumberValueSyntax && loop.To is NumberValueSyntax)
        {
            // The token text was checked by the lexer; the values binder reports anything odd.
            var from = Values.NumberLiteral.TryParse(source.ToString(loop.From.Span), out var a) ? a : 0;
            var to = Values.NumberLiteral.TryParse(source.ToString(loop.To.Span), out var b) ? b : 0;
            return to >= from && to - from < long.MaxValue ? (long)(to - from) + 1 : 1;
        }

        return 1;
    }
}
