using System;
using System.IO;
using System.Linq;
using TopoLang.Compiler.Binding.Values;
using TopoLang.Compiler.Syntax;
using TopoLang.LanguageServer.Protocol;
using TopoLang.LanguageServer.Workspace;

namespace TopoLang.LanguageServer.Features;

/// <summary>
/// `textDocument/definition`: where the name under the cursor is declared, in whichever file of
/// the topology; on an import's path, the imported file.
/// </summary>
internal static class DefinitionFeature
{
    public static Location[] At(DocumentContext context, Position position)
    {
        var offset = context.OffsetOf(position);
        if (NameTargets.At(context.Analysis, context.Text, offset) is { } target)
        {
            return context.LocationOf(target.Declaration) is { } declaration ? new[] { declaration } : Array.Empty<Location>();
        }

        return ImportedFile(context, offset) is { } file ? new[] { file } : Array.Empty<Location>();
    }

    /// <summary>The file an `import` at the place reads, when the compilation read it.</summary>
    private static Location? ImportedFile(DocumentContext context, int offset)
    {
        var import = SyntaxTree.Parse(context.Text).Root.Statements.OfType<ImportStatementSyntax>()
            .FirstOrDefault(statement => statement.Span.Start <= offset && offset <= statement.Span.End);
        if (import is null)
        {
            return null;
        }

        var literal = context.Text.ToString(import.Path.Span);
        var written = string.Concat(StringLiteral.Decode(literal).OfType<TextPart>().Select(part => part.Text));
        var directory = Path.GetDirectoryName(context.Document.FullPath) ?? string.Empty;
        var target = Path.GetFullPath(Path.Combine(directory, written));
        var start = new Position(0, 0);
        return context.Analysis.Includes(target) ? new Location(context.Workspace.UriOf(target), new Protocol.Range(start, start)) : null;
    }
}
