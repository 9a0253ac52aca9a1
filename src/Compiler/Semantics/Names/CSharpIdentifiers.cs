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
        // Every entity name of a fleet goes through here (TOPO1010 and the emitter): no builder.
        var buffer = name.Length <= 256 ? stackalloc char[name.Length] : new char[name.Length];
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

        return new string(buffer[..length]);
    }

    /// <summary>
    /// A usable member name for <paramref name="name"/> inside a class named
    /// <paramref name="enclosingClass"/>: a leading digit gets an underscore, a keyword an `@`,
    /// a clash with the class's own name or an inherited member a trailing underscore.
    /// </summary>
    public static string ForMember(string name, string enclosingClass)
    {
        var identifier = ToPascalCase(name);
        if (identifier.Length == 0 || !SyntaxFacts.IsIdentifierStartCharacter(identifier[0]))
        {
            identifier = "_" + identifier;
        }

        if (identifier == enclosingClass || Array.IndexOf(InheritedMembers, identifier) >= 0)
        {
            identifier += "_";
        }

        if (SyntaxFacts.GetKeywordKind(identifier) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(identifier) != SyntaxKind.None)
        {
            identifier = "@" + identifier;
        }

        return identifier;
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
