using System.Runtime.Serialization;
using StreamJsonRpc;

namespace TopoLang.LanguageServer.Protocol;

/// <summary>
/// `textDocument/publishDiagnostics` as named arguments, the form of a notification that needs
/// no reflection over its parameters at run time (the ahead-of-time compiled `topo` has none).
/// Named arguments take their names from a data contract, not from the JSON options, and cannot
/// leave a null out, so a document that has no version (one just closed) is sent without the
/// member, as before, rather than with `"version": null`.
/// </summary>
internal static class PublishDiagnosticsArguments
{
    public static NamedArgs Of(PublishDiagnosticsParams diagnostics) =>
        diagnostics.Version is int version
            ? NamedArgs.Create(new Versioned(diagnostics.Uri, version, diagnostics.Diagnostics))
            : NamedArgs.Create(new Unversioned(diagnostics.Uri, diagnostics.Diagnostics));

    [DataContract]
    private sealed record Versioned(
        [property: DataMember(Name = "uri")] string Uri,
        [property: DataMember(Name = "version")] int Version,
        [property: DataMember(Name = "diagnostics")] LspDiagnostic[] Diagnostics);

    [DataContract]
    private sealed record Unversioned(
        [property: DataMember(Name = "uri")] string Uri,
        [property: DataMember(Name = "diagnostics")] LspDiagnostic[] Diagnostics);
}
