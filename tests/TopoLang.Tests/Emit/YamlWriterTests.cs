using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using CsCheck;
using TopoLang.Compiler.Emit.Yaml;
using TopoLang.Tests.Infrastructure;
using Xunit;
using ParsedNode = YamlDotNet.RepresentationModel.YamlNode;
using YamlMappingNode = YamlDotNet.RepresentationModel.YamlMappingNode;
using YamlScalarNode = YamlDotNet.RepresentationModel.YamlScalarNode;
using YamlSequenceNode = YamlDotNet.RepresentationModel.YamlSequenceNode;
using YamlStream = YamlDotNet.RepresentationModel.YamlStream;

namespace TopoLang.Tests.Emit;

/// <summary>
/// The YAML writer behind the playbook, the inventory and the Heat templates: the layout the files
/// have, and every string read back as itself by the parsers that read those files.
/// </summary>
public sealed class YamlWriterTests
{
    // Any Unicode scalar value, weighted towards what YAML treats specially.
    private static readonly Gen<string> AnyText = Gen.OneOf(
            Gen.Int[0, 0x7F],
            Gen.Int[0x80, 0xD7FF],
            Gen.Int[0xE000, 0xFFFF],
            Gen.Int[0x10000, 0x10FFFF],
            Gen.OneOf<int>(0x00, 0x09, 0x0A, 0x0D, 0x1B, 0x7F, 0x85, 0xA0, 0x2028, 0x2029, 0xFEFF, '"', '\\', ' ', ':', '#', '-', '{', '\''))
        .Array[0, 24]
        .Select(codePoints => string.Concat(codePoints.Select(codePoint => new Rune(codePoint).ToString())));

    private static readonly string[] Hostile =
    {
        "", " ", "  padded  ", "null", "~", "true", "on", "no", "0x1F", "1e3", "- item", "? key", ": value", "a: b", "a #b", "#comment",
        "[flow]", "{flow}", "\"quoted\"", "'single'", "back\\slash", "tab\there", "line\nbreak", "cr\rlf", "nul\u0000", "del\u007F",
        "esc\u001B[31m", "\u0085next", "\u2028line", "\u2029para", "\uFEFFbom", "\u00A0nbsp", "é 日本 😀", "\uFFFE\uFFFF", "{{ jinja }}", "---", "...",
    };

    [Fact]
    public void AnyTextScalarReadsBackAsItselfInYamlDotNet() =>
        AnyText.Sample(text => Assert.Equal(text, ReadBackScalar(text)));

    [Fact]
    public void AnyKeyReadsBackAsItselfInYamlDotNet() =>
        AnyText.Where(key => key.Length > 0).Sample(key =>
        {
            var mapping = (YamlMappingNode)Parse(YamlText.Write(YamlMap.Of(key, YamlNode.Text("value"))));
            Assert.Equal(key, ((YamlScalarNode)mapping.Children.Single().Key).Value);
        });

    [Fact]
    public void HostileTextsReadBackAsThemselvesInFlowAndBlockCollections()
    {
        foreach (var text in Hostile)
        {
            var document = new YamlMap()
                .Add("block", YamlNode.Sequence(YamlNode.Text(text)))
                .Add("flow", new YamlSequence([YamlNode.Text(text), YamlNode.Name(text.Length > 0 ? text : "x")], flow: true));
            var read = (YamlMappingNode)Parse(YamlText.Write(document));
            Assert.Equal(text, Scalar(((YamlSequenceNode)read["block"]).Children[0]));
            Assert.Equal(text, Scalar(((YamlSequenceNode)read["flow"]).Children[0]));
        }
    }

    [SkippableFact]
    public void TextsReadBackAsThemselvesInPyYaml()
    {
        ExternalTool.Require(TestTools.SystemPython);
        ExternalTool.Require(TestTools.PyYaml);
        var random = new Random(15);
        var texts = Hostile.Concat(Enumerable.Range(0, 400).Select(_ => RandomText(random))).ToList();
        var document = YamlNode.Sequence(texts.Select(text => (YamlNode)new YamlMap().Add("text", YamlNode.Text(text)).Add(text.Length > 0 ? text : "empty", YamlNode.Name(text.Length > 0 ? text : "empty"))));
        var path = Path.Combine(TestTemp.NewFolder("yaml-"), "texts.yml");
        File.WriteAllText(path, YamlText.Write(document, explicitStart: true), new UTF8Encoding(false));

        var result = ExternalTool.Run(TestTools.SystemPython, "-c",
            "import json, sys, yaml; print(json.dumps(yaml.safe_load(open(sys.argv[1], encoding='utf-8')), ensure_ascii=True))", path);

        Assert.True(result.ExitCode == 0, result.Combined);
        var read = JsonSerializer.Deserialize<List<Dictionary<string, string>>>(result.Out)!;
        for (var i = 0; i < texts.Count; i++)
        {
            var key = texts[i].Length > 0 ? texts[i] : "empty";
            Assert.Equal(texts[i], read[i]["text"]);
            Assert.Equal(key, read[i][key]);
        }
    }

    [Fact]
    public void AKeyLongerThanAnImplicitKeyMayBeIsWrittenExplicitly()
    {
        var key = new string('k', 1025);
        var yaml = YamlText.Write(YamlMap.Of(key, YamlNode.Sequence(YamlNode.Text("a"))));

        Assert.StartsWith("? " + key + "\n:\n  - \"a\"\n", yaml, StringComparison.Ordinal);
        var read = (YamlMappingNode)Parse(yaml);
        Assert.Equal("a", Scalar(((YamlSequenceNode)read[key]).Children[0]));
    }

    [Theory]
    [InlineData("a: b")]
    [InlineData("- a")]
    [InlineData("#a")]
    [InlineData("a #b")]
    [InlineData("")]
    [InlineData(" a")]
    [InlineData("a:")]
    [InlineData("é")]
    public void AWordPlainCannotHoldIsQuoted(string word)
    {
        var yaml = YamlText.Write(YamlMap.Of("word", YamlNode.Word(word)));

        Assert.StartsWith("word: \"", yaml, StringComparison.Ordinal);
        Assert.Equal(word, Scalar(((YamlMappingNode)Parse(yaml))["word"]));
    }

    [Fact]
    public void AWordWithAFlowIndicatorIsQuotedInAFlowCollectionOnly()
    {
        var yaml = YamlText.Write(new YamlMap().Add("block", YamlNode.Word("a,b")).Add("flow", new YamlSequence([YamlNode.Word("a,b")], flow: true)));

        Assert.Equal("block: a,b\nflow: [\"a,b\"]\n", yaml);
    }

    [Fact]
    public void ALoneSurrogateIsWrittenAsTheReplacementCharacter() =>
        Assert.Equal("\uFFFDx", ReadBackScalar("\uD800x"));

    [Fact]
    public void EmptyCollectionsAreWrittenInFlow() =>
        Assert.Equal("map: {}\nlist: []\n", YamlText.Write(new YamlMap().Add("map", new YamlMap()).Add("list", YamlNode.Sequence())));

    [Fact]
    public void ASequenceUnderAKeyIsIndentedAndAMapInASequenceBeginsOnItsDash()
    {
        var document = YamlNode.Sequence(
            new YamlMap().Add("name", YamlNode.Text("play")).Add("tasks", YamlNode.Sequence(
                new YamlMap().Add("id", YamlNode.Name("t1")).Add("args", YamlMap.Of("x", YamlNode.Number(1))),
                YamlNode.Sequence(YamlNode.Word("a"), YamlNode.Word("b")))),
            YamlMap.Of("flow", YamlMap.Of("get_attr", new YamlSequence([YamlNode.Name("r"), YamlNode.Word("first_address")], flow: true), flow: true)));

        Assert.Equal(
            "---\n- name: \"play\"\n  tasks:\n    - id: t1\n      args:\n        x: 1\n    - - a\n      - b\n- flow: {get_attr: [r, first_address]}\n",
            YamlText.Write(document, explicitStart: true));
    }

    [Theory]
    [InlineData("A\n")]
    [InlineData("yes\n")]
    public void ANameEndingInALineBreakIsQuotedAndReadsBackAsItself(string name)
    {
        var yaml = YamlText.Write(YamlMap.Of(name, YamlNode.Name(name)));

        Assert.StartsWith("\"", yaml, StringComparison.Ordinal);
        var read = (YamlMappingNode)Parse(yaml);
        Assert.Equal(name, Scalar(read.Children.Single().Key));
        Assert.Equal(name, Scalar(read.Children.Single().Value));
    }

    [Fact]
    public void ANameThatYamlWouldReadAsAnotherTypeIsQuoted() =>
        Assert.Equal("\"on\": \"on\"\n\"yes\": \"1.5\"\n", YamlText.Write(new YamlMap().Add("on", YamlNode.Name("on")).Add("yes", YamlNode.Name("1.5"))));

    private static string RandomText(Random random) =>
        string.Concat(Enumerable.Range(0, random.Next(0, 16)).Select(_ => new Rune(RandomScalarValue(random)).ToString()));

    private static int RandomScalarValue(Random random)
    {
        var value = random.Next(4) switch
        {
            0 => random.Next(0, 0x80),
            1 => random.Next(0x80, 0x3000),
            2 => random.Next(0xE000, 0x10000),
            _ => random.Next(0x10000, 0x110000),
        };
        return value is >= 0xD800 and <= 0xDFFF ? 0xFFFD : value;
    }

    private static string ReadBackScalar(string text) =>
        Scalar(((YamlSequenceNode)Parse(YamlText.Write(YamlNode.Sequence(YamlNode.Text(text))))).Children[0]);

    private static string Scalar(ParsedNode node) => ((YamlScalarNode)node).Value!;

    private static ParsedNode Parse(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return stream.Documents.Single().RootNode;
    }
}
