using System;
using System.Globalization;
using System.Linq;
using System.Text;
using TopoLang.Compiler.Binding.Values;
using TopoLang.Compiler.Catalog;
using TopoLang.Compiler.Diagnostics;

namespace TopoLang.Compiler.Documentation;

/// <summary>The reference's tables of the compiler's catalogs: units, CPU flags, platforms, diagnostic codes.</summary>
internal static class CatalogTables
{
    public static void WriteUnits(StringBuilder output)
    {
        var table = new MarkdownTable("kind", "units");
        foreach (var kind in UnitCatalog.All.Select(unit => unit.Kind).Distinct())
        {
            var units = UnitCatalog.OfKind(kind).ToList();
            var symbols = Markdown.CodeList(units.Select(unit => unit.Symbol));
            var written = kind == UnitKind.Money ? symbols + ", each also with `/month`" : symbols;
            table.Add(ValueDescription.UnitKindName(kind), written);
        }

        table.WriteTo(output);
    }

    public static void WriteCpuFlags(StringBuilder output)
    {
        var table = new MarkdownTable("flag", "vendor", "kind", "what it is");
        foreach (var flag in CpuFlags.All)
        {
            table.Add(Markdown.Code(flag.Name), flag.Vendor ?? "either", CategoryName(flag.Category), flag.Description);
        }

        table.WriteTo(output);
    }

    public static void WritePlatforms(StringBuilder output)
    {
        var table = new MarkdownTable("platform", "compute hypervisors", "cpu ratio", "ram ratio", "one hypervisor kind per cloud", "typical setup");
        foreach (var platform in Platforms.All)
        {
            table.Add(
                Markdown.Code(platform.Name),
                Markdown.CodeList(platform.ComputeHypervisors.Select(kind => kind.ToString().ToLowerInvariant())),
                Ratio(platform.DefaultCpuAllocationRatio),
                Ratio(platform.DefaultRamAllocationRatio),
                platform.RequiresOneHypervisorKind ? "yes" : "no",
                platform.TypicalSetupEffort);
        }

        table.WriteTo(output);
    }

    public static void WriteDiagnostics(StringBuilder output)
    {
        var table = new MarkdownTable("code", "severity", "title", "help");
        foreach (var descriptor in DiagnosticCatalog.All)
        {
            table.Add(descriptor.Code, DiagnosticText.SeverityWord(descriptor.DefaultSeverity), descriptor.Title, descriptor.Help);
        }

        table.WriteTo(output);
    }

    private static string CategoryName(CpuFlagCategory category) => category switch
    {
        CpuFlagCategory.Virtualization => "hardware virtualization",
        CpuFlagCategory.SecondLevelTranslation => "second-level address translation",
        CpuFlagCategory.Iommu => "IOMMU",
        CpuFlagCategory.VendorFeature => "vendor feature",
        CpuFlagCategory.Common => "common",
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, null),
    };

    private static string Ratio(decimal ratio) => ratio.ToString("0.0", CultureInfo.InvariantCulture);
}
