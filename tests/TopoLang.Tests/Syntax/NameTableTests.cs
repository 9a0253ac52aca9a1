using System;
using System.Collections.Generic;
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
        // A fleet: a guest name written once, then the param every guest uses. A name written once
        // may take the param's slot now and then; the param is then made once more, not each time.
        var names = new NameTable();

        var repeats = Enumerable.Range(0, 1_000).Select(i =>
        {
            names.Intern($"vm-{i:D6}".AsSpan());
            return names.Intern("guest_memory".AsSpan());
        }).ToArray();

        Assert.All(repeats, repeat => Assert.Equal("guest_memory", repeat));
        Assert.True(repeats.Distinct(ReferenceEqualityComparer.Instance).Count() < 20);
    }

    [Fact]
    public void Every_name_comes_back_with_its_own_text_whatever_shares_its_slot()
    {
        var names = new NameTable();
        var written = Enumerable.Range(0, 50_000).Select(i => $"n{i % 20_011}-{i % 7}").ToArray();

        Assert.Equal(written, written.Select(name => names.Intern(name.AsSpan())));
    }

    [Fact]
    public void A_name_made_before_the_table_grows_is_kept_when_it_does()
    {
        // 300 names outgrow the first table (256 slots); `lan` is moved into the larger one, not
        // dropped (no later name takes its slot: the hash is fixed, so this is the same every run).
        var names = new NameTable();
        var lan = names.Intern("lan".AsSpan());

        foreach (var i in Enumerable.Range(0, 300))
        {
            names.Intern($"vm-{i:D3}".AsSpan());
        }

        Assert.Same(lan, names.Intern("lan".AsSpan()));
    }
}
