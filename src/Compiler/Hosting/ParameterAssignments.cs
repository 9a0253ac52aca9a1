using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace TopoLang.Compiler.Hosting;

/// <summary>Reads params given from outside (`topo -p NAME=VALUE`, TopoParameters) into compilation options.</summary>
public static class ParameterAssignments
{
    /// <summary>
    /// The name is trimmed, the value kept as written (a value may need its spaces); a later
    /// assignment to a name replaces an earlier one.
    /// </summary>
    public static ParsedParameters Parse(IEnumerable<string> assignments, ParameterNameRule nameRule)
    {
        var parameters = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        var malformed = ImmutableArray.CreateBuilder<string>();
        foreach (var assignment in assignments)
        {
            var equals = assignment.IndexOf('=');
            if (!HasName(assignment, equals, nameRule))
            {
                malformed.Add(assignment);
                continue;
            }

            parameters[assignment[..equals].Trim()] = assignment[(equals + 1)..];
        }

        return new ParsedParameters(parameters.ToImmutable(), malformed.ToImmutable());
    }

    private static bool HasName(string assignment, int equals, ParameterNameRule nameRule) =>
        equals > 0 && (nameRule == ParameterNameRule.NotEmpty || assignment[..equals].Trim().Length > 0);
}
