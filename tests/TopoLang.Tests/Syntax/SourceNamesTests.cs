using System.Threading;
using TopoLang.Compiler.Syntax.Parsing;
using TopoLang.Compiler.Text;

namespace TopoLang.Tests.Syntax;

/// <summary>
/// The names of syntax read ahead are made when their reader first reads them: shared through
/// one table on the reading thread, made apart on any other, and the same text either way.
/// </summary>
public sealed class SourceNamesTests
{
    private static readonly SourceText Source = SourceText.From("nic net-0042\nnic net-0042\n", "t.topo");

    [Fact]
    public void A_name_read_twice_on_the_reading_thread_is_one_string()
    {
        var names = new SourceNames(Source);

        var first = names.NameOf(new TextSpan(4, 8));
        var again = names.NameOf(new TextSpan(17, 8));

        Assert.Equal("net-0042", first);
        Assert.Same(first, again);
    }

    [Fact]
    public void A_name_read_on_another_thread_is_the_same_text_made_apart()
    {
        var names = new SourceNames(Source);
        var onReader = names.NameOf(new TextSpan(4, 8));

        string? elsewhere = null;
        var other = new Thread(() => elsewhere = names.NameOf(new TextSpan(17, 8)));
        other.Start();
        other.Join();

        Assert.Equal(onReader, elsewhere);
        Assert.NotSame(onReader, elsewhere);
        Assert.Same(onReader, names.NameOf(new TextSpan(17, 8)));
    }
}
