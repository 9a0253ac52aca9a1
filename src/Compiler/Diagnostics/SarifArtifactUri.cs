using System;
using System.Linq;

namespace TopoLang.Compiler.Diagnostics;

/// <summary>
/// A source path as a SARIF artifact URI: forward slashes, each segment percent-escaped.
/// Relative paths stay relative (resolved against %SRCROOT%, so the log does not depend on
/// where it was produced); absolute ones become file: URIs.
/// </summary>
internal readonly record struct SarifArtifactUri(string Uri, bool IsRelative)
{
    public const string SourceRootBaseId = "%SRCROOT%";

    public static SarifArtifactUri FromPath(string path)
    {
        var slashed = path.Replace('\\', '/');
        if (slashed.StartsWith("//", StringComparison.Ordinal))
        {
            return new SarifArtifactUri("file:" + EscapeSegments(slashed), IsRelative: false);   // UNC: file://server/share/...
        }

        if (slashed.StartsWith('/'))
        {
            return new SarifArtifactUri("file://" + EscapeSegments(slashed), IsRelative: false);
        }

        if (HasDriveLetter(slashed))
        {
            return new SarifArtifactUri("file:///" + slashed[..2] + EscapeSegments(slashed[2..]), IsRelative: false);
        }

        return new SarifArtifactUri(EscapeSegments(slashed), IsRelative: true);
    }

    // C:/..., on any OS: the path is data from the user, not something to ask this OS about.
    private static bool HasDriveLetter(string path) =>
        path.Length >= 3 && char.IsAsciiLetter(path[0]) && path[1] == ':' && path[2] == '/';

    // Escaping everything but the unreserved characters also escapes ':' in a relative path,
    // which would otherwise read as a URI scheme.
    private static string EscapeSegments(string path) =>
        string.Join('/', path.Split('/').Select(System.Uri.EscapeDataString));
}
