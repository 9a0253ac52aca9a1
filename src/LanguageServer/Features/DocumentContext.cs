using TopoLang.Compiler.Text;
using TopoLang.LanguageServer.Protocol;
using TopoLang.LanguageServer.Workspace;

namespace TopoLang.LanguageServer.Features;

/// <summary>What a request about one open document works with: the workspace, the document, and the compilation that covers it.</summary>
/// <param name="Text">The document's text as that compilation read it: its locations point into this object.</param>
internal sealed record DocumentContext(TopoWorkspace Workspace, OpenDocument Document, Analysis Analysis, SourceText Text)
{
    public int OffsetOf(Position position) => TextPositions.ToOffset(Text, position);

    /// <summary>A location of the compilation as LSP names it; null for the prelude, which no file holds.</summary>
    public Location? LocationOf(SourceLocation location) =>
        Analysis.PathOf(location.Source) is { } path ? new Location(Workspace.UriOf(path), TextPositions.ToRange(location)) : null;
}
