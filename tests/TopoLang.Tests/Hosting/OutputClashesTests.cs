using System.Linq;
using TopoLang.Compiler.Hosting;

namespace TopoLang.Tests.Hosting;

public sealed class OutputClashesTests
{
    [Fact]
    public void Keys_differing_only_in_case_clash_with_the_item_met_first()
    {
        var clash = Assert.Single(OutputClashes.Find(new[] { "Lab", "edge", "lab" }, s => s));

        Assert.Equal(("Lab", "lab"), (clash.First, clash.Second));
    }

    [Fact]
    public void Any_shared_key_is_a_clash()
    {
        var items = new[] { (Name: "a", File: "X.g.cs"), (Name: "b", File: "x.g.cs") };

        var clash = Assert.Single(OutputClashes.Find(items, i => i.Name, i => i.File));

        Assert.Equal("b", clash.Second.Name);
    }

    [Fact]
    public void A_clashing_item_claims_none_of_its_keys()
    {
        var items = new[] { (Name: "a", File: "1"), (Name: "a", File: "2"), (Name: "c", File: "2") };

        var clashes = OutputClashes.Find(items, i => i.Name, i => i.File);

        Assert.Equal(new[] { "a" }, clashes.Select(c => c.Second.Name));
    }
}
