using System;
using System.Linq;
using TopoLang.Compiler.Syntax.Parsing;

namespace TopoLang.Tests.Syntax;

public sealed class NameTableTests
{
    [Fact]
    public void A_word_written_again_is_the_string_made_the_first_time()
    {
        var names = new NameTable();

        var first = names.Intern("net-0042".AsSpan());
        var again = names.Intern("net-0042 {".AsSpan(0, 8));

        Assert.Same(first, again);
    }

    [Fact]
    public void A_repeated_word_stays_one_string_between_names_written_once()
    {
        // A fleet: a guest name written once, then the param every guest uses.
        var names = new NameTable();
        var param = names.Intern("guest_memory".AsSpan());

        var repeats = Enumerable.Range(0, 1_000).Select(i =>
        {
            names.Intern($"vm-{i:D6}".AsSpan());
            return names.Intern("guest_memory".AsSpan());
        });

        Assert.All(repeats, repeat => Assert.Equal("guest_memory", repeat));
        Assert.True(repeats.Count(repeat => ReferenceEquals(repeat, param)) > 900);
    }

    [Fact]
    public void Every_name_comes_back_with_its_own_text_whatever_shares_its_slot()
    {
        var names = new NameTable();
        var written = Enumerable.Range(0, 50_000).Select(i => $"n{i % 20_011}-{i % 7}").ToArray();

        Assert.Equal(written, written.Select(name => names.Intern(name.AsSpan())));
    }
}
