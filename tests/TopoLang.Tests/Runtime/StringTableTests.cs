using System.Collections.Generic;
using CsCheck;
using TopoLang.Runtime.Image;

namespace TopoLang.Tests.Runtime;

/// <summary>An image's string table gives each string the index of its first occurrence, however far it grows.</summary>
public sealed class StringTableTests
{
    [Fact]
    public void Each_string_gets_the_order_it_was_first_added_in_and_later_ones_find_it()
    {
        Gen.Select(Gen.String[Gen.Char['a', 'd'], 0, 4].Array[0, 400], Gen.Int[0, 50]).Sample((values, expected) =>
        {
            var table = new StringTable(expected);
            var firstSeen = new Dictionary<string, int>();
            foreach (var value in values)
            {
                var index = table.IndexOfOrAdd(value);

                Assert.Equal(firstSeen.TryGetValue(value, out var earlier) ? earlier : -1, index);
                firstSeen.TryAdd(value, firstSeen.Count);
                Assert.Equal(firstSeen.Count, table.Count);
            }
        });
    }

    [Fact]
    public void A_string_equal_to_an_earlier_one_but_another_object_is_found()
    {
        var table = new StringTable(0);
        table.IndexOfOrAdd("define-guest:web");

        Assert.Equal(0, table.IndexOfOrAdd(string.Concat("define-guest:", "web")));
    }
}
