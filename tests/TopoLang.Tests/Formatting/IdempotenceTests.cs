using TopoLang.Generator;

namespace TopoLang.Tests.Formatting;

/// <summary>Formatting formatted text changes nothing.</summary>
public sealed class IdempotenceTests
{
    [Theory]
    [MemberData(nameof(FormattingInputs.FormattableRows), MemberType = typeof(FormattingInputs))]
    public void Formatting_twice_gives_what_formatting_once_gives(string relativePath)
    {
        var once = FormattingInputs.Format(FormattingInputs.Read(relativePath));

        Assert.Equal(once, FormattingInputs.Format(once));
    }

    [Fact]
    public void Generated_10k_guest_topology_formats_idempotently()
    {
        var once = FormattingInputs.Format(TopologyGenerator.Generate(10_000));

        Assert.Equal(once, FormattingInputs.Format(once));
    }
}
