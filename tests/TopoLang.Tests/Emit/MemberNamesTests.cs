using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using TopoLang.Compiler.Model;
using TopoLang.Compiler.Semantics.Names;
using TopoLang.Compiler.Text;

namespace TopoLang.Tests.Emit;

public sealed class MemberNamesTests
{
    private static readonly SourceLocation Here = new(SourceText.From("x", "names.topo"), new TextSpan(0, 1));

    [Fact]
    public void Names_sharing_an_identifier_get_the_smallest_free_suffixes_in_order()
    {
        var names = Names("Hosts", "kv", "kv", "web", "kv");

        Assert.Equal(new[] { "Kv", "Kv_2", "Web", "Kv_3" }, names.Members.Select(m => m.Identifier));
        Assert.Equal(new[] { "Kv_2", "Kv_3" }, names.Collisions.Select(c => c.Assigned));
    }

    [Fact]
    public void A_collision_names_the_earlier_name_that_holds_the_identifier()
    {
        var names = Names("Networks", "web-net", "web_net");

        var collision = Assert.Single(names.Collisions);
        Assert.Equal(("web-net", "web_net", "WebNet", "WebNet_2"), (collision.EarlierName, collision.LaterName, collision.Identifier, collision.Assigned));
    }

    [Fact]
    public void Members_are_read_in_source_order_with_their_names_and_places()
    {
        var names = Names("Guests", "to-string", "guests", "7th");

        Assert.Equal(new[] { ("to-string", "ToString_"), ("guests", "Guests_"), ("7th", "_7th") }, names.Members.Select(m => (m.Name, m.Identifier)));
        Assert.All(names.Members, m => Assert.Equal(Here, m.Location));
    }

    [Fact]
    public void Fifty_thousand_copies_of_one_name_get_suffixes_2_to_50000()
    {
        // Found by the fuzzer: each copy searched from _2 again, n^2/2 tries (minutes at this size).
        var names = MemberNames.Of("Hosts", Enumerable.Repeat(new Located<string>("kv", Here), 50_000).ToArray());

        Assert.Equal("Kv_50000", names.Members[^1].Identifier);
        Assert.Equal(49_999, names.Collisions.Count);
    }

    [Fact]
    public void Identifiers_and_collisions_are_those_of_a_table_of_identifier_strings()
    {
        // The members keep no identifier strings; a plain table of them is the specification.
        var random = new Random(1010);
        string[] parts = { "kv", "Kv", "web", "1", "hosts", "to", "string", "get", "type", "class", "_", "-", "" };
        for (var round = 0; round < 300; round++)
        {
            var written = Enumerable.Range(0, random.Next(1, 40))
                .Select(_ => string.Join(random.Next(2) == 0 ? "-" : "_", Enumerable.Range(0, random.Next(1, 4)).Select(_ => parts[random.Next(parts.Length)])))
                .ToArray();

            var names = Names("Hosts", written);

            var (identifiers, collisions) = WithStrings("Hosts", written);
            Assert.Equal(identifiers, names.Members.Select(m => m.Identifier));
            Assert.Equal(collisions, names.Collisions.Select(c => (c.EarlierName, c.LaterName, c.Identifier, c.Assigned)));
        }
    }

    [Fact]
    public void Every_CSharp_keyword_passes_the_keyword_prefilter()
    {
        // Roslyn is asked whether an identifier is a keyword only when it may be one.
        var keywords = SyntaxFacts.GetKeywordKinds().Concat(SyntaxFacts.GetContextualKeywordKinds()).Select(SyntaxFacts.GetText);

        Assert.All(keywords, keyword => Assert.True(CSharpIdentifiers.MayBeKeyword(keyword), keyword));
    }

    private static MemberNames Names(string className, params string[] names) =>
        MemberNames.Of(className, names.Select(n => new Located<string>(n, Here)).ToArray());

    private static (List<string> Identifiers, List<(string, string, string, string)> Collisions) WithStrings(string className, string[] names)
    {
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        var identifiers = new List<string>();
        var collisions = new List<(string, string, string, string)>();
        foreach (var name in names)
        {
            var identifier = CSharpIdentifiers.ForMember(name, className);
            var assigned = identifier;
            for (var suffix = 2; owners.ContainsKey(assigned); suffix++)
            {
                assigned = identifier + "_" + suffix.ToString(CultureInfo.InvariantCulture);
            }

            if (assigned != identifier)
            {
                collisions.Add((owners[identifier], name, identifier, assigned));
            }

            owners[assigned] = name;
            identifiers.Add(assigned);
        }

        return (identifiers, collisions);
    }
}
