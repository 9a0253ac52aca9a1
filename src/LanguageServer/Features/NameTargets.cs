using System.Collections.Immutable;
using System.Linq;
using TopoLang.Compiler.Binding;
using TopoLang.Compiler.Text;
using TopoLang.LanguageServer.Workspace;

namespace TopoLang.LanguageServer.Features;

/// <summary>Finds the name at a place of a file in the symbol table of the compilation that covers the file.</summary>
internal static class NameTargets
{
    public static NameTarget? At(Analysis analysis, SourceText text, int offset)
    {
        var symbols = analysis.Compilation.Semantics.Symbols;
        bool Hit(SourceLocation location) => ReferenceEquals(location.Source, text) && location.Span.Start <= offset && offset <= location.Span.End;

        foreach (var symbol in symbols.All)
        {
            if (Hit(symbol.Location))
            {
                return Of(symbols, symbol);
            }
        }

        foreach (var reference in symbols.References)
        {
            if (Hit(reference.Location))
            {
                return Of(symbols, reference.Symbol);
            }
        }

        foreach (var variable in symbols.VariableReferences)
        {
            if (Hit(variable.Location) || Hit(variable.Declaration))
            {
                var uses = symbols.VariableReferences.Where(use => use.Declaration == variable.Declaration).Select(use => use.Location).Distinct();
                return new NameTarget(variable.Name, "param or loop variable", variable.Declaration, uses.ToImmutableArray(), null);
            }
        }

        return null;
    }

    private static NameTarget Of(SymbolTable symbols, Symbol symbol) =>
        new(symbol.Name, symbol.Word, symbol.Location, symbols.ReferencesTo(symbol).Distinct().ToImmutableArray(), symbol);
}
