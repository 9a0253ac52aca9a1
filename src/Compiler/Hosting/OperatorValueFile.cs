using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using TopoLang.Compiler.Emit.Targets;

namespace TopoLang.Compiler.Hosting;

/// <summary>
/// Reads the operator's values (docs/plan-schema.md, "Values"): a values file has one
/// `kind:key=value` a line, `#` comment lines and blank lines; `-v kind:key=value` gives one on
/// the command line and wins over the file. The name is trimmed; the value is kept as written
/// (a password may need its spaces) but is one line of printable text. A mistake comes back as
/// a message naming where it is, never as a half-read set of values.
/// </summary>
public static class OperatorValueFile
{
    public sealed record Parsed(OperatorValues Values, string? Error);

    /// <param name="fileName">How the file is named in messages.</param>
    public static Parsed Parse(string? fileName, string? fileText, IEnumerable<string> assignments)
    {
        var values = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        if (fileText is not null)
        {
            var lines = fileText.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i].TrimEnd('\r');
                if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#'))
                {
                    continue;
                }

                var (name, value, error) = Assignment(line);
                if (error is not null)
                {
                    return Failed($"{fileName}({i + 1}): {error}");
                }

                if (!values.TryAdd(name, value))
                {
                    return Failed($"{fileName}({i + 1}): '{name}' is given twice");
                }
            }
        }

        foreach (var assignment in assignments)
        {
            var (name, value, error) = Assignment(assignment);
            if (error is not null)
            {
                return Failed($"-v '{assignment}': {error}");
            }

            values[name] = value;
        }

        return new Parsed(new OperatorValues(values.ToImmutable()), null);
    }

    /// <summary>The message for values that name no placeholder of the topologies built, or null.</summary>
    public static string? Unknown(OperatorValues values, IEnumerable<string> known)
    {
        var unknown = values.UnknownAmong(known).ToList();
        return unknown.Count == 0
            ? null
            : $"no placeholder is named {string.Join(", ", unknown.Select(name => "'" + name + "'"))}; `topo plan FILE` lists those to fill in";
    }

    private static Parsed Failed(string error) => new(OperatorValues.None, error);

    private static (string Name, string Value, string? Error) Assignment(string text)
    {
        var equals = text.IndexOf('=');
        var name = equals < 0 ? string.Empty : text[..equals].Trim();
        if (equals < 0 || !name.Contains(':') || name.StartsWith(':') || name.EndsWith(':'))
        {
            return (name, string.Empty, "write kind:key=value, as in zone:kr-central-2=1d5a...");
        }

        var value = text[(equals + 1)..];
        return value.Any(char.IsControl)
            ? (name, value, $"the value of '{name}' holds a control character; a value is one line of text")
            : (name, value, null);
    }
}
