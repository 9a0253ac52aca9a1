using System.Collections.Generic;
using System.IO;
using System.Linq;
using TopoLang.Tests.Infrastructure;

namespace TopoLang.Tests.Formatting;

/// <summary>Each Cases/NAME.input.topo formats to Cases/NAME.expected.topo (TOPO_UPDATE_GOLDEN=1 rewrites them).</summary>
public sealed class FormatterGoldenTests
{
    public static IEnumerable<object[]> CaseNames() =>
        Directory.GetFiles(FormattingInputs.Cases, "*.input.topo")
            .Select(path => Path.GetFileName(path)[..^".input.topo".Length])
            .Order(System.StringComparer.Ordinal)
            .Select(name => new object[] { name });

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Input_formats_to_the_expected_layout(string name)
    {
        var input = File.ReadAllText(Path.Combine(FormattingInputs.Cases, name + ".input.topo"));

        Golden.AssertMatches(Path.Combine(FormattingInputs.Cases, name + ".expected.topo"), FormattingInputs.Format(input));
    }
}
