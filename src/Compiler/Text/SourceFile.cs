using System.IO;
using System.Text;
using TopoLang.Compiler.Diagnostics;

namespace TopoLang.Compiler.Text;

/// <summary>
/// Reads a source file as UTF-8. Bytes that are not UTF-8 become U+FFFD and one TOPO0001 says
/// where the first one was, so that any readable file gives diagnostics, never an exception.
/// </summary>
public static class SourceFile
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UTF8Encoding Lenient = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>Reads <paramref name="path"/>; I/O errors (missing, unreadable) propagate to the caller, who reports them as usage errors.</summary>
    public static (SourceText Text, Diagnostic? Encoding) Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        return Decode(bytes, path);
    }

    public static (SourceText Text, Diagnostic? Encoding) Decode(byte[] bytes, string path)
    {
        try
        {
            return (SourceText.From(Strict.GetString(bytes), path), null);
        }
        catch (DecoderFallbackException exception)
        {
            var text = SourceText.From(Lenient.GetString(bytes), path);
            var position = text.Text.IndexOf('\uFFFD');
            var location = new SourceLocation(text, new TextSpan(position < 0 ? 0 : position, position < 0 ? 0 : 1));
            var badByte = exception.BytesUnknown is { Length: > 0 } unknown ? $"byte 0x{unknown[0]:X2}" : "a byte";
            var offset = exception.Index >= 0 ? $" at byte offset {exception.Index}" : string.Empty;
            var diagnostic = Diagnostic.Create(DiagnosticCatalog.UnexpectedCharacter, location, $"the file is not valid UTF-8: {badByte}{offset} cannot be decoded");
            return (text, diagnostic);
        }
    }
}
