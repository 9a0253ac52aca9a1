using System.Collections.Generic;
using System.Globalization;
using TopoLang.Compiler.Model;
using TopoLang.Compiler.Text;

namespace TopoLang.Compiler.Semantics.Names;

/// <summary>One generated property: the entity's TopoLang name, its C# member name, where it was declared.</summary>
public sealed record MemberName(string Name, string Identifier, SourceLocation Location);

/// <summary>A name that had to be changed because an earlier one already took its identifier (TOPO1010).</summary>
public sealed record IdentifierCollision(string EarlierName, string LaterName, string Identifier, string Assigned, SourceLocation Location);

/// <summary>
/// The C# member names of one generated class, in source order: the first name that maps to
/// an identifier keeps it, later ones get `_2`, `_3`, ... — deterministic, and reported.
/// </summary>
public sealed class MemberNames
{
    private readonly Dictionary<string, string> _owners;

    // The next suffix worth trying for an identifier: n names with one identifier (a loop that
    // repeats a name) would otherwise try _2, _3, ... from the start each time, n^2/2 tries.
    private readonly Dictionary<string, int> _nextSuffix = new(System.StringComparer.Ordinal);
    private readonly List<MemberName> _members;
    private readonly List<IdentifierCollision> _collisions = new();

    /// <param name="capacity">How many names will be added, when known: a fleet's guests are a hundred thousand, not grown into by doubling.</param>
    public MemberNames(string className, int capacity = 0)
    {
        ClassName = className;
        _owners = new Dictionary<string, string>(capacity, System.StringComparer.Ordinal);
        _members = new List<MemberName>(capacity);
    }

    public string ClassName { get; }

    public IReadOnlyList<MemberName> Members => _members;

    public IReadOnlyList<IdentifierCollision> Collisions => _collisions;

    public MemberName Add(Located<string> name)
    {
        var identifier = CSharpIdentifiers.ForMember(name.Value, ClassName);
        var assigned = identifier;
        if (_owners.TryGetValue(identifier, out var earlier))
        {
            var suffix = _nextSuffix.GetValueOrDefault(identifier, 2);
            for (; _owners.ContainsKey(assigned); suffix++)
            {
                assigned = identifier + "_" + suffix.ToString(CultureInfo.InvariantCulture);
            }

            _nextSuffix[identifier] = suffix;

            _collisions.Add(new IdentifierCollision(earlier, name.Value, identifier, assigned, name.Location));
        }

        _owners[assigned] = name.Value;
        var member = new MemberName(name.Value, assigned, name.Location);
        _members.Add(member);
        return member;
    }
}
