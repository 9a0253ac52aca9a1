using System.Text;
using System.Text.RegularExpressions;

namespace TopoLang.Compiler.Formatting;

/// <summary>
/// One line of a `.topofmtignore`, read as .gitignore reads a line: `*` and `?` stay within a
/// folder name, `**` crosses folders, a `/` at the end matches folders only, a `/` at the start
/// or in the middle ties the pattern to the ignore file's folder; otherwise it matches a name at
/// any depth. A folder that matches is skipped whole.
/// </summary>
public sealed class IgnorePattern
{
    private readonly Regex _regex;

    private IgnorePattern(Regex regex, bool foldersOnly)
    {
        _regex = regex;
        FoldersOnly = foldersOnly;
    }

    public bool FoldersOnly { get; }

    /// <summary>The pattern of a line, or null for a blank line or a `#` comment.</summary>
    public static IgnorePattern? Parse(string line)
    {
        var pattern = line.Trim();
        if (pattern.Length == 0 || pattern.StartsWith('#'))
        {
            return null;
        }

        var foldersOnly = pattern.EndsWith('/');
        pattern = pattern.TrimEnd('/');
        var anchored = pattern.Contains('/');
        pattern = pattern.TrimStart('/');
        var regex = new StringBuilder(anchored ? "^" : "^(?:.*/)?");
        AppendGlob(regex, pattern);
        regex.Append('$');
        return new IgnorePattern(new Regex(regex.ToString(), RegexOptions.CultureInvariant), foldersOnly);
    }

    /// <summary>Whether the path, relative to the ignore file's folder with `/` between names, matches.</summary>
    public bool Matches(string relativePath, bool isFolder) => (isFolder || !FoldersOnly) && _regex.IsMatch(relativePath);

    private static void AppendGlob(StringBuilder regex, string glob)
    {
        for (var i = 0; i < glob.Length; i++)
        {
            var c = glob[i];
            if (c == '*' && i + 1 < glob.Length && glob[i + 1] == '*')
            {
                var slashFollows = i + 2 < glob.Length && glob[i + 2] == '/';
                regex.Append(slashFollows ? "(?:.*/)?" : ".*");
                i += slashFollows ? 2 : 1;
            }
            else
            {
                regex.Append(c switch
                {
                    '*' => "[^/]*",
                    '?' => "[^/]",
                    _ => Regex.Escape(c.ToString()),
                });
            }
        }
    }
}
