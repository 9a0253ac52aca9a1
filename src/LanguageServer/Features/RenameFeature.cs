using System.Collections.Generic;
using System.Linq;
using TopoLang.Compiler.Syntax;
using TopoLang.Compiler.Text;
using TopoLang.LanguageServer.Protocol;
using TopoLang.LanguageServer.Workspace;

namespace TopoLang.LanguageServer.Features;

/// <summary>
/// `textDocument/rename`: the declaration and every reference, in every file, in one edit. Refused
/// (with the reason) for a name the prelude declares, a name built by interpolation
/// (`guest "web-${i}"`), a new name that is no identifier, or one already taken.
/// </summary>
internal static class RenameFeature
{
    public static WorkspaceEdit Rename(DocumentContext context, Position position, string newName)
    {
        var target = NameTargets.At(context.Analysis, context.Text, context.OffsetOf(position))
            ?? throw RequestFailure.Failed("there is no declared name here to rename");
        if (target.IsBuiltIn)
        {
            throw RequestFailure.Failed($"'{target.Name}' is declared by the prelude and cannot be renamed");
        }

        if (!SyntaxFacts.IsValidIdentifier(newName ?? string.Empty))
        {
            throw RequestFailure.InvalidParams($"'{newName}' is not a name: a letter or '_', then letters, digits, '_' and inner '-'");
        }

        if (newName != target.Name && context.Analysis.Compilation.Semantics.Symbols.Find(newName!) is { } taken)
        {
            throw RequestFailure.Failed($"'{newName}' is already the name of the {taken.Word} declared at {taken.Location.Path}:{taken.Location.Start.Line}");
        }

        var changes = new Dictionary<string, List<TextEdit>>(System.StringComparer.Ordinal);
        foreach (var place in target.References.Insert(0, target.Declaration).Distinct())
        {
            var location = context.LocationOf(place) ?? throw RequestFailure.Failed($"'{target.Name}' is used in the prelude");
            var edit = new TextEdit(location.Range, Replacement(place, target.Name, newName!));
            if (!changes.TryGetValue(location.Uri, out var edits))
            {
                changes[location.Uri] = edits = new List<TextEdit>();
            }

            edits.Add(edit);
        }

        return new WorkspaceEdit(changes.ToDictionary(pair => pair.Key, pair => pair.Value.ToArray()));
    }

    /// <summary>The new text of one place: the bare name, the quoted name where it was written as a string, or `${name}` inside one.</summary>
    private static string Replacement(SourceLocation place, string oldName, string newName)
    {
        var written = place.Source.ToString(place.Span);
        if (written == oldName)
        {
            return newName;
        }

        if (written == "\"" + oldName + "\"")
        {
            return "\"" + newName + "\"";
        }

        if (written == "${" + oldName + "}")
        {
            return "${" + newName + "}";
        }

        throw RequestFailure.Failed($"'{oldName}' is written as {written} at {place.Path}:{place.Start.Line}, which is built by interpolation: rename it by hand");
    }
}
