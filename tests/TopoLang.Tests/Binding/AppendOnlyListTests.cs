using System.Linq;
using TopoLang.Compiler.Binding;

namespace TopoLang.Tests.Binding;

/// <summary>The symbol table's reference lists grow in chunks: indexes and order across chunk boundaries stay those of a list.</summary>
public sealed class AppendOnlyListTests
{
    [Fact]
    public void Items_are_read_back_by_index_and_in_order_across_chunks()
    {
        var list = new AppendOnlyList<int>();
        for (var i = 0; i < 3000; i++)
        {
            list.Add(i * 2);
        }

        Assert.Equal(3000, list.Count);
        Assert.Equal(2046, list[1023]);
        Assert.Equal(2048, list[1024]);
        Assert.Equal(Enumerable.Range(0, 3000).Select(i => i * 2), list);
    }

    [Fact]
    public void An_index_past_the_end_is_refused()
    {
        var list = new AppendOnlyList<string>();
        list.Add("one");

        Assert.Throws<System.ArgumentOutOfRangeException>(() => list[1]);
    }
}
