using System;
using System.Linq;
using TopoLang.Compiler.Diagnostics;

namespace TopoLang.Tests.Diagnostics;

public sealed class ExplanationResourceTests
{
    [Fact]
    public void Every_code_has_its_page_and_every_page_has_its_code()
    {
        var codes = DiagnosticCatalog.All.Select(descriptor => descriptor.Code).Order(StringComparer.Ordinal);
        var pages = ExplanationResource.Codes().Order(StringComparer.Ordinal);

        Assert.Equal(codes, pages);
    }

    [Fact]
    public void A_page_is_composed_once_and_then_reused()
    {
        var descriptor = DiagnosticCatalog.SyntaxError;

        Assert.Same(descriptor.Explanation, descriptor.Explanation);
    }
}
