using System;
using TopoLang.LanguageServer.Protocol;

namespace TopoLang.LanguageServer.Features;

/// <summary>`textDocument/definition`: where the name under the cursor is declared, in whichever file of the topology.</summary>
internal static class DefinitionFeature
{
    public static Location[] At(DocumentContext context, Position position) =>
        NameTargets.At(context.Analysis, context.Text, context.OffsetOf(position)) is { } target && context.LocationOf(target.Declaration) is { } declaration
            ? new[] { declaration }
            : Array.Empty<Location>();
}
