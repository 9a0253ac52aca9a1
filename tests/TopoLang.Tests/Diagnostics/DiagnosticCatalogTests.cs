using System;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using TopoLang.Compiler.Diagnostics;

namespace TopoLang.Tests.Diagnostics;

public sealed class DiagnosticCatalogTests
{
    // docs/language.md, "Diagnostics", every row in order.
    private static readonly string[] ContractCodes =
    {
        "TOPO0001", "TOPO0002",
        "TOPO1001", "TOPO1002", "TOPO1003", "TOPO1004", "TOPO1005", "TOPO1006", "TOPO1007", "TOPO1008", "TOPO1009", "TOPO1010",
        "TOPO2001", "TOPO2002", "TOPO2003", "TOPO2004", "TOPO2005", "TOPO2006",
        "TOPO3001", "TOPO3002", "TOPO3003", "TOPO3004", "TOPO3005", "TOPO3006", "TOPO3007",
        "TOPO4001", "TOPO4002", "TOPO4003", "TOPO4004",
        "TOPO5001", "TOPO5002", "TOPO5003",
        "TOPO6001", "TOPO6002", "TOPO6003", "TOPO6004",
        "TOPO9001",
    };

    private static readonly string[] ContractWarnings =
    {
        "TOPO1009", "TOPO1010", "TOPO2003", "TOPO2004", "TOPO3005", "TOPO4002", "TOPO4003", "TOPO5002",
    };

    [Fact]
    public void Catalog_holds_every_code_of_the_contract_exactly_once_in_code_order()
    {
        Assert.Equal(ContractCodes, DiagnosticCatalog.All.Select(descriptor => descriptor.Code));
    }

    [Fact]
    public void Catalog_lists_every_public_descriptor_field_in_All()
    {
        var fields = typeof(DiagnosticCatalog)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.FieldType == typeof(DiagnosticDescriptor))
            .Select(field => (DiagnosticDescriptor)field.GetValue(null)!)
            .OrderBy(descriptor => descriptor.Code, StringComparer.Ordinal);

        Assert.Equal(DiagnosticCatalog.All, fields);
    }

    [Fact]
    public void Catalog_severities_match_the_contract()
    {
        var warnings = DiagnosticCatalog.All
            .Where(descriptor => descriptor.DefaultSeverity == DiagnosticSeverity.Warning)
            .Select(descriptor => descriptor.Code);

        Assert.Equal(ContractWarnings, warnings);
    }

    [Fact]
    public void Every_descriptor_has_a_title_a_one_line_help_and_an_explanation()
    {
        Assert.All(DiagnosticCatalog.All, descriptor =>
        {
            Assert.False(string.IsNullOrWhiteSpace(descriptor.Title), descriptor.Code);
            Assert.False(string.IsNullOrWhiteSpace(descriptor.Help), descriptor.Code);
            Assert.DoesNotContain('\n', descriptor.Help);
            Assert.False(string.IsNullOrWhiteSpace(descriptor.Explanation), descriptor.Code);
        });
    }

    [Fact]
    public void Every_explain_page_starts_with_its_code_and_title()
    {
        Assert.All(DiagnosticCatalog.All, descriptor =>
            Assert.StartsWith($"# {descriptor.Code}: {descriptor.Title}\n", descriptor.Explanation, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_explain_page_has_what_why_example_and_fix_sections()
    {
        Assert.All(DiagnosticCatalog.All, descriptor =>
        {
            Assert.Contains("\n## What it checks\n", descriptor.Explanation, StringComparison.Ordinal);
            Assert.Contains("\n## Why it matters\n", descriptor.Explanation, StringComparison.Ordinal);
            Assert.Contains("\n## Fix\n", descriptor.Explanation, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Every_explain_page_contains_a_topo_example()
    {
        Assert.All(DiagnosticCatalog.All, descriptor =>
            Assert.Matches(new Regex(@"\n## Example\n```topo\n[^`]+\n```\n"), descriptor.Explanation));
    }

    [Fact]
    public void Every_warning_page_says_how_to_suppress_or_promote_it()
    {
        var warnings = DiagnosticCatalog.All.Where(descriptor => descriptor.DefaultSeverity == DiagnosticSeverity.Warning);

        Assert.All(warnings, descriptor =>
            Assert.Contains($"--nowarn {descriptor.Code}", descriptor.Explanation, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_message_format_takes_its_arguments_and_ends_without_a_period()
    {
        Assert.All(DiagnosticCatalog.All, descriptor =>
        {
            var used = Regex.Matches(descriptor.MessageFormat, @"\{(\d+)\}").Select(match => int.Parse(match.Groups[1].Value)).DefaultIfEmpty(-1).Max();
            var args = Enumerable.Range(0, used + 1).Select(index => (object?)$"a{index}").ToArray();

            var message = descriptor.FormatMessage(args);

            Assert.DoesNotContain('{', message);
            Assert.False(message.EndsWith('.'), descriptor.Code);
        });
    }

    [Fact]
    public void Parser_message_formats_are_the_ones_the_parser_uses()
    {
        Assert.Equal("{0}", DiagnosticCatalog.UnexpectedCharacter.MessageFormat);
        Assert.Equal("expected {0}, found {1}", DiagnosticCatalog.SyntaxError.MessageFormat);
        Assert.Equal("{0}", DiagnosticCatalog.LimitExceeded.MessageFormat);
    }

    [Fact]
    public void Kvm_message_reads_as_in_the_contract()
    {
        var message = DiagnosticCatalog.KvmWithoutVirtualization.FormatMessage(new object?[] { "kvm-01", "intel", "vmx", "Intel VT-x" });

        Assert.Equal("host 'kvm-01' runs KVM but its intel CPU lacks 'vmx' (Intel VT-x)", message);
    }

    [Fact]
    public void Entry_not_allowed_message_takes_an_optional_did_you_mean()
    {
        var format = DiagnosticCatalog.EntryNotAllowed;

        Assert.Equal("'memroy' is not allowed in host 'kvm-01'; did you mean 'memory'?", format.FormatMessage(new object?[] { "memroy", "host 'kvm-01'", "; did you mean 'memory'?" }));
        Assert.Equal("'vlan' is not allowed in host 'kvm-01'", format.FormatMessage(new object?[] { "vlan", "host 'kvm-01'", "" }));
    }

    [Fact]
    public void TryGet_finds_a_code_whatever_its_case()
    {
        Assert.True(DiagnosticCatalog.TryGet("topo2001", out var descriptor));
        Assert.Same(DiagnosticCatalog.KvmWithoutVirtualization, descriptor);
    }

    [Fact]
    public void TryGet_rejects_an_unknown_code()
    {
        Assert.False(DiagnosticCatalog.TryGet("TOPO9999", out _));
        Assert.False(DiagnosticCatalog.TryGet("", out _));
    }
}
