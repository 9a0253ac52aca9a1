using System;
using System.Collections.Generic;
using System.Linq;
using TopoLang.Compiler.Emit.Yaml;
using Xunit;

namespace TopoLang.Tests.Emit;

/// <summary>
/// A sequence of maps whose entries are given as the writer reaches them (the playbook's step
/// items) is written byte for byte as the tree of the same maps is.
/// </summary>
public sealed class YamlMapSequenceTests
{
    private static readonly string[] Texts =
    {
        "", "a", "web-1", "on", "a: b", "- x", "{{ jinja }}", "tab\there", "line\nbreak", "é 日本 😀", "\"quoted\"", "[flow]",
    };

    private static readonly string[] Keys = { "id", "argv", "name", "on", "a b", "-", new string('k', 1025) };

    [Fact]
    public void AnyItemsAreWrittenAsTheTreeOfTheSameMapsWhereverTheyAre()
    {
        var random = new Random(7);
        for (var run = 0; run < 300; run++)
        {
            var items = RandomItems(random, depth: 0);
            AssertWrittenAlike(Document.Top, items);
            AssertWrittenAlike(Document.UnderAKey, items);
            AssertWrittenAlike(Document.InASequence, items);
        }
    }

    [Fact]
    public void NoItemsAreAnEmptyFlowSequence() =>
        Assert.Equal("steps: []\n", YamlText.Write(YamlMap.Of("steps", OnDemand(Array.Empty<Entry[]>()))));

    [Fact]
    public void AnItemWithoutEntriesIsAnEmptyFlowMap() =>
        Assert.Equal("- {}\n- id: \"a\"\n", YamlText.Write(OnDemand(new[] { Array.Empty<Entry>(), new Entry[] { new TextEntry("id", "a") } })));

    [Fact]
    public void EntriesAreLaidOutAsThePlaybooksStepItemsAre()
    {
        var items = new[] { new Entry[] { new TextEntry("id", "s:1"), new TextsEntry("argv", new[] { "virsh", "start" }), new WordEntry("changes", "true") } };

        Assert.Equal("h1:\n  - id: \"s:1\"\n    argv:\n      - \"virsh\"\n      - \"start\"\n    changes: true\n", YamlText.Write(YamlMap.Of("h1", OnDemand(items))));
    }

    [Fact]
    public void ItCannotBeAnItemOfAFlowCollection()
    {
        var flow = new YamlSequence([OnDemand(new[] { new Entry[] { new TextEntry("id", "a") } })], flow: true);

        Assert.Throws<InvalidOperationException>(() => YamlText.Write(flow));
    }

    private enum Document { Top, UnderAKey, InASequence }

    private static void AssertWrittenAlike(Document where, IReadOnlyList<Entry[]> items)
    {
        YamlNode Place(YamlNode node) => where switch
        {
            Document.Top => node,
            Document.UnderAKey => new YamlMap().Add("before", YamlNode.Word("x")).Add("items", node).Add("after", YamlNode.Word("y")),
            _ => YamlNode.Sequence(YamlNode.Text("first"), node, YamlMap.Of("last", YamlNode.Word("z"))),
        };

        Assert.Equal(YamlText.Write(Place(Tree(items)), explicitStart: true), YamlText.Write(Place(OnDemand(items)), explicitStart: true));
    }

    private static List<Entry[]> RandomItems(Random random, int depth) =>
        Enumerable.Range(0, random.Next(0, 4)).Select(_ => Enumerable.Range(0, random.Next(0, 5)).Select(_ => RandomEntry(random, depth)).ToArray()).ToList();

    private static Entry RandomEntry(Random random, int depth)
    {
        var key = Keys[random.Next(Keys.Length)];
        return random.Next(depth < 2 ? 6 : 4) switch
        {
            0 => new TextEntry(key, Any(random)),
            1 => new WordEntry(key, Any(random)),
            2 => new TextsEntry(key, Enumerable.Range(0, random.Next(0, 3)).Select(_ => Any(random)).ToArray()),
            3 => new NodeEntry(key, random.Next(2) == 0 ? YamlMap.Of("k", YamlNode.Text(Any(random))) : new YamlMap()),
            _ => new ItemsEntry(key, RandomItems(random, depth + 1)),
        };
    }

    private static string Any(Random random) => Texts[random.Next(Texts.Length)];

    private static YamlNode Tree(IReadOnlyList<Entry[]> items) =>
        YamlNode.Sequence(items.Select(entries => (YamlNode)entries.Aggregate(new YamlMap(), (map, entry) => map.Add(entry.Key, entry.Node()))));

    private static YamlNode OnDemand(IReadOnlyList<Entry[]> items) => new OnDemandItems(items);

    /// <summary>Each item's entries given to the writer from the list, as the playbook gives a step's.</summary>
    private sealed class OnDemandItems(IReadOnlyList<Entry[]> items) : YamlMapSequence
    {
        public override int Count => items.Count;

        public override void WriteItem(int index, YamlMapEntries entries)
        {
            foreach (var entry in items[index])
            {
                entry.Give(entries);
            }
        }
    }

    /// <summary>An entry, as a tree's node and as given on demand.</summary>
    private abstract record Entry(string Key)
    {
        public abstract YamlNode Node();

        public abstract void Give(YamlMapEntries entries);
    }

    private sealed record TextEntry(string Key, string Value) : Entry(Key)
    {
        public override YamlNode Node() => YamlNode.Text(Value);

        public override void Give(YamlMapEntries entries) => entries.Text(Key, Value);
    }

    private sealed record WordEntry(string Key, string Value) : Entry(Key)
    {
        public override YamlNode Node() => YamlNode.Word(Value);

        public override void Give(YamlMapEntries entries) => entries.Word(Key, Value);
    }

    private sealed record TextsEntry(string Key, string[] Values) : Entry(Key)
    {
        public override YamlNode Node() => YamlNode.Sequence(Values.Select(YamlNode.Text));

        public override void Give(YamlMapEntries entries) => entries.Texts(Key, Values);
    }

    private sealed record NodeEntry(string Key, YamlNode Value) : Entry(Key)
    {
        public override YamlNode Node() => Value;

        public override void Give(YamlMapEntries entries) => entries.Add(Key, Value);
    }

    /// <summary>Items of items: a value that is itself written on demand.</summary>
    private sealed record ItemsEntry(string Key, IReadOnlyList<Entry[]> Items) : Entry(Key)
    {
        public override YamlNode Node() => Tree(Items);

        public override void Give(YamlMapEntries entries) => entries.Add(Key, OnDemand(Items));
    }
}
