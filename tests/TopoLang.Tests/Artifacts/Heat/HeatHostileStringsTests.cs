using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace TopoLang.Tests.Artifacts.Heat;

/// <summary>
/// Strings that would break a hand-written YAML file (quotes, YAML indicators, newlines, words
/// YAML reads as other types, shell and XML metacharacters, unicode line separators) keep
/// their values through the template: read back by YamlDotNet and by Heat itself, and the
/// template still passes Heat's validation.
/// </summary>
public sealed class HeatHostileStringsTests
{
    private static readonly string[] Hostile =
    {
        "\"quoted\" and 'single'", "<tag attr=\"x\">&amp;]]>", "line1\nline2\r\nline3", "tab\there", "${zone:kr-central-1}", "${",
        "key: value", "- item", "# not a comment", "!tag", "*alias", "&anchor", "? key", "| literal", "> folded", "{a: b}", "[1, 2]",
        "; rm -rf $(echo `id`) 'q' \"d\" \\", "é 日本 😀", "\u2028\u0085\u2029", "\\back\\slash\\", "  padded  ", "null", "true", "~",
        "2021-04-16", "0x1F", "1e3", ".inf", "@at %percent", "\u0001control\u007f", "\u00a0nbsp", "\ufeffbom", "\u0000nul",
    };

    private static string Region => string.Concat(Hostile);

    [Fact]
    public void Hostile_images_and_region_read_back_with_YamlDotNet()
    {
        var file = HeatArtifacts.Single(Source());
        var root = HeatArtifacts.Parse(file.Text);

        Assert.Equal(Hostile, Enumerable.Range(0, Hostile.Length).Select(i => HeatArtifacts.Scalar(root, "parameters", $"app-{i}.image", "default")));
        Assert.Contains($"(region '{Region}')", HeatArtifacts.Scalar(root, "description"));
    }

    [SkippableFact]
    public void Hostile_images_and_region_read_back_with_Heat_and_pass_its_validation()
    {
        var file = HeatArtifacts.Single(Source());
        var folder = Directory.CreateTempSubdirectory("topo-heat-hostile-");
        try
        {
            var path = HeatArtifacts.WriteAll(folder, new[] { file }).Single();
            var read = HeatArtifacts.RunPython(ReadBack, path);
            Assert.True(read.ExitCode == 0, read.Combined);
            using var json = JsonDocument.Parse(read.Out);
            var defaults = json.RootElement.GetProperty("defaults");
            Assert.Equal(Hostile, Enumerable.Range(0, Hostile.Length).Select(i => defaults.GetProperty($"app-{i}.image").GetString()));
            Assert.Contains($"(region '{Region}')", json.RootElement.GetProperty("description").GetString());

            var check = HeatArtifacts.RunHeatCheck(new[] { path });
            Assert.True(check.ExitCode == 0, check.Combined);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>Reads a template with Heat's own loader and prints its description and parameter defaults as JSON.</summary>
    private const string ReadBack = """
        import json, sys
        from oslo_config import cfg
        from heat.common import config, template_format  # config registers the options parse reads
        cfg.CONF([], project='heat', default_config_files=[])
        with open(sys.argv[1], encoding='utf-8') as f:
            t = template_format.parse(f.read())
        print(json.dumps({'description': t['description'],
                          'defaults': {k: v.get('default') for k, v in t['parameters'].items()}}))
        """;

    private static string Source()
    {
        var text = new StringBuilder();
        text.AppendLine("host h1 {");
        text.AppendLine($"  cpu intel {{ model {Literal(Region)}; cores 8; features [vmx, ept] }}");
        text.AppendLine("  memory 64 GiB");
        text.AppendLine($"  hypervisor kvm {{ emulator qemu {Literal(Region)}; guest g1 {{ os linux {Literal(Region)}; vcpus 1; memory 1 GiB }} }}");
        text.AppendLine("}");
        text.AppendLine("network lan { cidr \"10.0.0.0/24\"; gateway \"10.0.0.1\" }");
        text.AppendLine($"cloud c1 {{ platform openstack; region {Literal(Region)} }}");
        text.AppendLine("deployment d1 {");
        text.AppendLine("  cloud c1");
        for (var i = 0; i < Hostile.Length; i++)
        {
            var scale = i % 2 == 0 ? "scale out { min 1; max 2 }" : "count 1";
            text.AppendLine($"  instance app-{i} {{ image {Literal(Hostile[i])}; flavor {{ vcpus 1; memory 1 GiB }}; network lan; {scale} }}");
        }

        text.AppendLine("}");
        return text.ToString();
    }

    /// <summary>A TopoLang string literal holding exactly <paramref name="value"/>.</summary>
    private static string Literal(string value)
    {
        var text = new StringBuilder("\"");
        foreach (var rune in value.EnumerateRunes())
        {
            text.Append(rune.Value switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\t' => "\\t",
                '$' => "\\u{24}",
                < 0x20 or (>= 0x7F and <= 0x9F) or 0x2028 or 0x2029 or 0xFEFF => "\\u{" + rune.Value.ToString("X", CultureInfo.InvariantCulture) + "}",
                _ => rune.ToString(),
            });
        }

        return text.Append('"').ToString();
    }
}
