using System;
using System.IO;

namespace TopoLang.LanguageServer.Workspace;

/// <summary>`file://` URIs and full paths, both ways. Any other scheme is refused: the compiler reads files.</summary>
public static class DocumentUris
{
    /// <summary>The full path a `file://` URI names, or null for anything else.</summary>
    public static string? ToPath(string? uri)
    {
        if (string.IsNullOrEmpty(uri) || !Uri.TryCreate(uri, UriKind.Absolute, out var parsed) || !parsed.IsFile)
        {
            return null;
        }

        try
        {
            return Path.GetFullPath(parsed.LocalPath);
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return null;
        }
    }

    public static string FromPath(string fullPath) => new Uri(fullPath).AbsoluteUri;
}
