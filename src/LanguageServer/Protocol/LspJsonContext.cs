using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace TopoLang.LanguageServer.Protocol;

/// <summary>
/// The JSON shape of every type the server reads or writes, made at compile time: the published
/// `topo` is compiled ahead of time, where serializing by reflection is not available
/// (StreamJsonRpc's guidance for NativeAOT: a <see cref="JsonSerializerContext"/> as the
/// formatter's type resolver). A type the server sends must be listed here, or the message fails.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(object))]
[JsonSerializable(typeof(InitializeParams))]
[JsonSerializable(typeof(InitializeResult))]
[JsonSerializable(typeof(DidOpenTextDocumentParams))]
[JsonSerializable(typeof(DidChangeTextDocumentParams))]
[JsonSerializable(typeof(DidCloseTextDocumentParams))]
[JsonSerializable(typeof(TextDocumentParams))]
[JsonSerializable(typeof(TextDocumentPositionParams))]
[JsonSerializable(typeof(ReferenceParams))]
[JsonSerializable(typeof(RenameParams))]
[JsonSerializable(typeof(CodeActionParams))]
[JsonSerializable(typeof(Hover))]
[JsonSerializable(typeof(Location[]))]
[JsonSerializable(typeof(CompletionList))]
[JsonSerializable(typeof(DocumentSymbol[]))]
[JsonSerializable(typeof(WorkspaceEdit))]
[JsonSerializable(typeof(TextEdit[]))]
[JsonSerializable(typeof(CodeAction[]))]
[JsonSerializable(typeof(PublishDiagnosticsParams))]
[JsonSerializable(typeof(IReadOnlyDictionary<string, TextEdit[]>))]
// What StreamJsonRpc puts in an error response for an exception thrown while reading a request.
[JsonSerializable(typeof(StreamJsonRpc.Protocol.CommonErrorData))]
internal sealed partial class LspJsonContext : JsonSerializerContext
{
}
