namespace TopoLang.Tests.Formatting;

/// <summary>The canonical layout, rule by rule (the golden cases show them together).</summary>
public sealed class LayoutTests
{
    [Fact]
    public void Short_block_of_simple_entries_goes_on_one_line()
    {
        Assert.Equal("network lan { cidr \"10.0.1.0/24\"; vlan 10 }\n", FormattingInputs.Format("network lan {\n    cidr \"10.0.1.0/24\"\n    vlan 10\n}"));
    }

    [Fact]
    public void Block_holding_a_block_gets_one_entry_a_line_indented_by_two()
    {
        Assert.Equal("host a {\n  cpu intel { cores 4 }\n}\n", FormattingInputs.Format("host a { cpu intel { cores 4 } }"));
    }

    [Fact]
    public void Block_longer_than_100_columns_gets_one_entry_a_line()
    {
        var model = new string('x', 90);

        Assert.Equal($"cpu intel {{\n  model \"{model}\"\n  cores 4\n}}\n", FormattingInputs.Format($"cpu intel {{ model \"{model}\"; cores 4 }}"));
    }

    [Fact]
    public void Declarations_get_exactly_one_blank_line_between_them_and_headers_none()
    {
        Assert.Equal(
            "topology a\nparam n: int = 1\n\nnetwork b {}\n\nnetwork c {}\n",
            FormattingInputs.Format("topology a\n\n\nparam n: int = 1\nnetwork b {}\n\n\n\nnetwork c {}"));
    }

    [Fact]
    public void Blank_lines_inside_a_block_shrink_to_one()
    {
        Assert.Equal("host a {\n  memory 1 GiB\n\n  storage 1 TiB\n}\n", FormattingInputs.Format("host a {\n\n  memory 1 GiB\n\n\n\n  storage 1 TiB\n\n}"));
    }

    [Fact]
    public void Lists_get_a_space_after_each_comma_and_lose_a_trailing_comma()
    {
        Assert.Equal("features [vmx, ept]\n", FormattingInputs.Format("features [ vmx ,\n   ept , ]"));
    }

    [Fact]
    public void Quantity_gets_one_space_between_number_and_unit_when_it_had_any()
    {
        Assert.Equal("memory 8 GiB\nstorage 2TiB\n", FormattingInputs.Format("memory 8  \tGiB\nstorage 2TiB"));
    }

    [Fact]
    public void Crlf_and_trailing_whitespace_become_lf_and_nothing()
    {
        Assert.Equal("network a {}\n", FormattingInputs.Format("network a {}   \r\n\r\n"));
    }

    [Fact]
    public void Empty_file_stays_empty()
    {
        Assert.Equal("", FormattingInputs.Format("\n\n  \n"));
    }
}
