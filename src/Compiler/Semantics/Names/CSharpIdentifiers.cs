using System;
using Microsoft.CodeAnalysis.CSharp;

namespace TopoLang.Compiler.Semantics.Names;

/// <summary>
/// Turns TopoLang names into C# identifiers: `kvm-01` → `Kvm01`, `web_net` → `WebNet`. Roslyn
/// decides what is a keyword and what is a valid identifier.
/// </summary>
public static class CSharpIdentifiers
{
    // Members every class inherits from object: a property with one of these names would hide it.
    private static readonly string[] InheritedMembers = { "Equals", "GetHashCode", "GetType", "ToString", "ReferenceEquals", "MemberwiseClone", "Finalize" };

    /// <summary>PascalCase from the parts between `-`, `_` and any other non-identifier character.</summary>
    public static string ToPascalCase(string name)
    {
        var buffer = name.Length <= 256 ? stackalloc char[name.Length] : new char[name.Length];
        return new string(buffer[..WritePascalCase(name, buffer)]);
    }

    /// <summary>
    /// A usable member name for <paramref name="name"/> inside a class named
    /// <paramref name="enclosingClass"/>: a leading digit gets an underscore, a keyword an `@`,
    /// a clash with the class's own name or an inherited member a trailing underscore.
    /// </summary>
    public static string ForMember(string name, string enclosingClass)
    {
        var buffer = name.Length + MemberExtraLength <= 256 ? stackalloc char[name.Length + MemberExtraLength] : new char[name.Length + MemberExtraLength];
        return new string(WriteMember(name, enclosingClass, buffer));
    }

    /// <summary>How much longer than its name a member name can be: `@`, `_` in front, `_` behind.</summary>
    internal const int MemberExtraLength = 3;

    /// <summary>
    /// <see cref="ForMember"/> written into <paramref name="buffer"/> (at least the name's length plus
    /// <see cref="MemberExtraLength"/>) and returned as the part of it that holds the identifier.
    /// </summary>
    // Every entity name of a fleet goes through here (TOPO1010 and the emitter): no string unless
    // the identifier may be a keyword, which only one starting with a lowercase letter or `_` can be.
    internal static ReadOnlySpan<char> WriteMember(ReadOnlySpan<char> name, string enclosingClass, Span<char> buffer)
    {
        const int prefixRoom = 2;
        var start = prefixRoom;
        var end = start + WritePascalCase(name, buffer[start..]);
        if (end == start || !SyntaxFacts.IsIdentifierStartCharacter(buffer[start]))
        {
            buffer[--start] = '_';
        }

        if (IsTaken(buffer[start..end], enclosingClass))
        {
            buffer[end++] = '_';
        }

        if (MayBeKeyword(buffer[start..end]) && IsKeyword(new string(buffer[start..end])))
        {
            buffer[--start] = '@';
        }

        return buffer[start..end];
    }

    /// <summary>
    /// False when <paramref name="identifier"/> cannot be a C# keyword or contextual keyword: every
    /// one starts with a lowercase ASCII letter, or is `_` or starts with `__` (a test holds Roslyn to it).
    /// </summary>
    internal static bool MayBeKeyword(ReadOnlySpan<char> identifier) =>
        identifier.Length > 0
        && (identifier[0] is >= 'a' and <= 'z' || (identifier[0] == '_' && (identifier.Length == 1 || identifier[1] == '_')));

    private static bool IsKeyword(string identifier) =>
        SyntaxFacts.GetKeywordKind(identifier) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(identifier) != SyntaxKind.None;

    private static bool IsTaken(ReadOnlySpan<char> identifier, string enclosingClass)
    {
        if (identifier.SequenceEqual(enclosingClass))
        {
            return true;
        }

        foreach (var inherited in InheritedMembers)
        {
            if (identifier.SequenceEqual(inherited))
            {
                return true;
            }
        }

        return false;
    }

    private static int WritePascalCase(ReadOnlySpan<char> name, Span<char> buffer)
    {
        var length = 0;
        var upperNext = true;
        foreach (var c in name)
        {
            if (!char.IsLetterOrDigit(c))
            {
                upperNext = true;
                continue;
            }

            buffer[length++] = upperNext ? char.ToUpperInvariant(c) : c;
            upperNext = false;
        }

        return length;
    }

    /// <summary>The class of a topology: `datacenter` → `DatacenterTopology`.</summary>
    public static string ForTopologyClass(string topologyName)
    {
        var identifier = ToPascalCase(topologyName) + "Topology";
        return SyntaxFacts.IsIdentifierStartCharacter(identifier[0]) ? identifier : "_" + identifier;
    }

    /// <summary>A C# namespace from a dotted name; parts that are no identifiers are made into ones.</summary>
    public static string ForNamespace(string dotted)
    {
        var parts = dotted.Split('.');
        for (var i = 0; i < parts.Length; i++)
        {
            var part = ToPascalCase(parts[i]);
            part = part.Length == 0 || !SyntaxFacts.IsIdentifierStartCharacter(part[0]) ? "_" + part : part;
            parts[i] = SyntaxFacts.GetKeywordKind(part) != SyntaxKind.None ? "@" + part : part;
        }

        return string.Join(".", parts);
    }
}
