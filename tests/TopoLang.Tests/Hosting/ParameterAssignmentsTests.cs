using TopoLang.Compiler.Hosting;

namespace TopoLang.Tests.Hosting;

public sealed class ParameterAssignmentsTests
{
    [Fact]
    public void The_name_is_trimmed_and_the_value_kept_as_written()
    {
        var parsed = ParameterAssignments.Parse(new[] { " size = 2 " }, ParameterNameRule.NotEmpty);

        Assert.Equal(" 2 ", parsed.Parameters["size"]);
        Assert.Empty(parsed.Malformed);
    }

    [Fact]
    public void A_later_assignment_replaces_an_earlier_one()
    {
        var parsed = ParameterAssignments.Parse(new[] { "size=1", "size=2" }, ParameterNameRule.NotEmpty);

        Assert.Equal("2", Assert.Single(parsed.Parameters).Value);
    }

    [Fact]
    public void Text_without_a_name_before_an_equals_sign_is_malformed_in_the_order_given()
    {
        var parsed = ParameterAssignments.Parse(new[] { "size", "a=1", "=2" }, ParameterNameRule.NotEmpty);

        Assert.Equal(new[] { "size", "=2" }, parsed.Malformed);
        Assert.Equal("1", Assert.Single(parsed.Parameters).Value);
    }

    [Fact]
    public void A_blank_name_is_malformed_only_where_names_must_not_be_blank()
    {
        Assert.Equal(new[] { " =1" }, ParameterAssignments.Parse(new[] { " =1" }, ParameterNameRule.NotBlank).Malformed);
        Assert.Equal("1", ParameterAssignments.Parse(new[] { " =1" }, ParameterNameRule.NotEmpty).Parameters[""]);
    }
}
