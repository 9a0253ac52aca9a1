using System.Linq;
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
        var names = new MemberNames("Hosts");

        var assigned = new[] { "kv", "kv", "web", "kv" }.Select(n => names.Add(new Located<string>(n, Here)).Identifier);

        Assert.Equal(new[] { "Kv", "Kv_2", "Web", "Kv_3" }, assigned);
        Assert.Equal(new[] { "Kv_2", "Kv_3" }, names.Collisions.Select(c => c.Assigned));
    }

    [Fact]
    public void Fifty_thousand_copies_of_one_name_get_suffixes_2_to_50000()
    {
        // Found by the fuzzer: each copy searched from _2 again, n^2/2 tries (minutes at this size).
        var names = new MemberNames("Hosts");

        for (var i = 0; i < 50_000; i++)
        {
            names.Add(new Located<string>("kv", Here));
        }

        Assert.Equal("Kv_50000", names.Members[^1].Identifier);
        Assert.Equal(49_999, names.Collisions.Count);
    }
}
