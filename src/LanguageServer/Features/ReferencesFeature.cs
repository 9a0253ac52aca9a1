using System;
using System.Linq;
using TopoLang.LanguageServer.Protocol;

namespace TopoLang.LanguageServer.Features;

/// <summary>`textDocument/references`: every use of the name under the cursor in every file of the topology, and its declaration when asked.</summary>
internal static class ReferencesFeature
{
    public static Location[] At(DocumentContext context, Position position, bool includeDeclaration)
    {
        if (NameTargets.At(context.Analysis, context.Text, context.OffsetOf(position)) is not { } target)
        {
            return Array.Empty<Location>();
        }

        var places = includeDeclaration ? target.References.Insert(0, target.Declaration) : target.References;
        return places.Select(context.LocationOf).OfType<Location>().ToArray();
    }
}
