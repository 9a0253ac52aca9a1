using System;
using System.Collections;
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
/// <remarks>
/// A fleet has a hundred thousand guests, and the check (TOPO1010) needs only the collisions.
/// So no identifier is kept as a string: a member's identifier is written again from its name
/// when it is asked for (<see cref="Members"/>, for the emitter) or compared, and the table of
/// taken identifiers holds each one's hash and member. Only a suffixed identifier, which cannot
/// be written from the name alone, is kept.
/// </remarks>
public sealed class MemberNames
{
    private readonly Func<int, Located<string>> _nameAt;
    private readonly TakenIdentifiers _taken;

    // Members whose identifier is not their name's own (a suffix was added), by member.
    private readonly Dictionary<int, string> _suffixed = new();

    // The next suffix worth trying for an identifier: n names with one identifier (a loop that
    // repeats a name) would otherwise try _2, _3, ... from the start each time, n^2/2 tries.
    private readonly Dictionary<string, int> _nextSuffix = new(StringComparer.Ordinal);
    private readonly List<IdentifierCollision> _collisions = new();

    // Where the identifier being assigned is written, and where a taken one is written again to
    // compare: two, because a comparison happens while the first is in use.
    private char[] _assigning = new char[64];
    private char[] _comparing = new char[64];

    /// <param name="className">The generated class the members belong to.</param>
    /// <param name="count">How many names there are.</param>
    /// <param name="nameAt">Name i in source order; asked again whenever member i's identifier is needed.</param>
    public MemberNames(string className, int count, Func<int, Located<string>> nameAt)
    {
        ClassName = className;
        Count = count;
        _nameAt = nameAt;
        _taken = new TakenIdentifiers(count, this);
        for (var member = 0; member < count; member++)
        {
            Assign(member);
        }

        Members = new MemberList(this);
    }

    public string ClassName { get; }

    public int Count { get; }

    /// <summary>Every member in source order, each made when it is read.</summary>
    public IReadOnlyList<MemberName> Members { get; }

    public IReadOnlyList<IdentifierCollision> Collisions => _collisions;

    /// <summary>The names as they are, in order (tests and small classes).</summary>
    public static MemberNames Of(string className, IReadOnlyList<Located<string>> names) => new(className, names.Count, i => names[i]);

    private void Assign(int member)
    {
        var name = _nameAt(member);
        var identifier = CSharpIdentifiers.WriteMember(name.Value, ClassName, Room(ref _assigning, name.Value));
        var hash = string.GetHashCode(identifier);
        var owner = _taken.Find(identifier, hash);
        if (owner < 0)
        {
            _taken.Add(hash, member);
            return;
        }

        var wanted = new string(identifier);
        var suffix = _nextSuffix.GetValueOrDefault(wanted, 2);
        var assigned = Suffixed(wanted, suffix);
        while (_taken.Find(assigned, string.GetHashCode(assigned)) >= 0)
        {
            assigned = Suffixed(wanted, ++suffix);
        }

        _nextSuffix[wanted] = suffix + 1;
        _suffixed[member] = assigned;
        _taken.Add(string.GetHashCode(assigned), member);
        _collisions.Add(new IdentifierCollision(_nameAt(owner).Value, name.Value, wanted, assigned, name.Location));
    }

    private static string Suffixed(string identifier, int suffix) => identifier + "_" + suffix.ToString(CultureInfo.InvariantCulture);

    private static char[] Room(ref char[] buffer, string name)
    {
        if (buffer.Length < name.Length + CSharpIdentifiers.MemberExtraLength)
        {
            buffer = new char[name.Length + CSharpIdentifiers.MemberExtraLength];
        }

        return buffer;
    }

    /// <summary>Whether member <paramref name="member"/>'s identifier is <paramref name="identifier"/>.</summary>
    private bool HasIdentifier(int member, ReadOnlySpan<char> identifier)
    {
        if (_suffixed.TryGetValue(member, out var assigned))
        {
            return identifier.SequenceEqual(assigned);
        }

        var name = _nameAt(member).Value;
        return identifier.SequenceEqual(CSharpIdentifiers.WriteMember(name, ClassName, Room(ref _comparing, name)));
    }

    private string IdentifierOf(int member, string name) =>
        _suffixed.TryGetValue(member, out var assigned) ? assigned : CSharpIdentifiers.ForMember(name, ClassName);

    private MemberName MemberAt(int member)
    {
        var name = _nameAt(member);
        return new MemberName(name.Value, IdentifierOf(member, name.Value), name.Location);
    }

    /// <summary>The identifiers taken so far: open addressing over each one's hash and member.</summary>
    private sealed class TakenIdentifiers
    {
        private readonly MemberNames _owner;
        private readonly int[] _hashes;

        // Member + 1; 0 is an empty slot.
        private readonly int[] _members;
        private readonly int _mask;

        public TakenIdentifiers(int count, MemberNames owner)
        {
            _owner = owner;

            // Every member takes one identifier: at most half full, never grown.
            var size = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, count * 2));
            _hashes = new int[size];
            _members = new int[size];
            _mask = size - 1;
        }

        /// <summary>The member whose identifier this is, or -1.</summary>
        public int Find(ReadOnlySpan<char> identifier, int hash)
        {
            for (var slot = hash & _mask; _members[slot] != 0; slot = (slot + 1) & _mask)
            {
                if (_hashes[slot] == hash && _owner.HasIdentifier(_members[slot] - 1, identifier))
                {
                    return _members[slot] - 1;
                }
            }

            return -1;
        }

        public void Add(int hash, int member)
        {
            var slot = hash & _mask;
            while (_members[slot] != 0)
            {
                slot = (slot + 1) & _mask;
            }

            _hashes[slot] = hash;
            _members[slot] = member + 1;
        }
    }

    private sealed class MemberList(MemberNames names) : IReadOnlyList<MemberName>
    {
        public int Count => names.Count;

        public MemberName this[int index] =>
            (uint)index < (uint)names.Count ? names.MemberAt(index) : throw new ArgumentOutOfRangeException(nameof(index));

        public IEnumerator<MemberName> GetEnumerator()
        {
            for (var i = 0; i < names.Count; i++)
            {
                yield return names.MemberAt(i);
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
