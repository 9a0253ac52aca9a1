namespace TopoLang.Tests.Formatting;

/// <summary>Comments stay where the author put them: above their statement, or at the end of its line.</summary>
public sealed class CommentTests
{
    [Fact]
    public void Comment_line_stays_above_its_statement_at_the_block_indentation()
    {
        Assert.Equal("host a {\n  // why\n  memory 1 GiB\n}\n", FormattingInputs.Format("host a {\n// why\n        memory 1 GiB\n}"));
    }

    [Fact]
    public void Trailing_line_comment_stays_on_its_line_one_space_after()
    {
        Assert.Equal("host a {\n  memory 1 GiB // why\n}\n", FormattingInputs.Format("host a {\n  memory 1 GiB      // why   \n}\n"));
    }

    [Fact]
    public void Comment_after_an_opening_brace_stays_there()
    {
        Assert.Equal("host a { // why\n  memory 1 GiB\n}\n", FormattingInputs.Format("host a {   // why\n  memory 1 GiB }\n"));
    }

    [Fact]
    public void Block_with_a_comment_inside_is_not_put_on_one_line()
    {
        Assert.Equal("cpu intel {\n  cores 4 /* per socket */\n}\n", FormattingInputs.Format("cpu intel { cores 4 /* per socket */ }\n"));
    }

    [Fact]
    public void Line_comment_inside_a_list_keeps_the_list_going_on_the_next_line()
    {
        Assert.Equal("features [vmx, // VT-x\n  ept]\n", FormattingInputs.Format("features [vmx,   // VT-x\nept]\n"));
    }

    [Fact]
    public void Block_comment_keeps_its_inner_lines()
    {
        Assert.Equal("/* one\n   two */\nnetwork a {}\n", FormattingInputs.Format("/* one  \n   two */\nnetwork a { }\n"));
    }

    [Fact]
    public void Comment_at_the_end_of_a_block_stays_inside_it()
    {
        Assert.Equal("host a {\n  memory 1 GiB\n  // the end\n}\n", FormattingInputs.Format("host a {\n  memory 1 GiB\n      // the end\n}\n"));
    }
}
