using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using TopoLang.Compiler.Binding.Schema;

namespace TopoLang.Compiler.Documentation;

/// <summary>
/// Every kind of block the schema reaches from the top level, once each, in reading order: a
/// block's own nested blocks follow it, and the blocks it opens are claimed before any of them
/// is entered. Claiming first matters because guests nest hypervisors whose inner guests take
/// fewer entries (no second level of nesting): the outer, complete block must win the title.
/// </summary>
internal sealed class SchemaSections
{
    public const string TopLevelTitle = "Top level";

    private readonly Dictionary<string, NestedBlock> _claimed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _foundIn = new(StringComparer.Ordinal);
    private readonly List<string> _order = new();

    private SchemaSections()
    {
    }

    public static ImmutableArray<BlockSection> Of(BlockSpec file)
    {
        var walk = new SchemaSections();
        walk.Visit(TopLevelTitle, file);
        var topLevel = new BlockSection(TopLevelTitle, null, file, ImmutableArray<string>.Empty);
        return walk._order.Select(walk.Section).Prepend(topLevel).ToImmutableArray();
    }

    private BlockSection Section(string title)
    {
        var block = _claimed[title];
        return new BlockSection(title, block.Form, block.Spec, _foundIn[title].ToImmutableArray());
    }

    private void Visit(string title, BlockSpec block)
    {
        var opened = new List<NestedBlock>();
        foreach (var nested in NestedBlock.Of(block))
        {
            NoteParent(nested.Title, title);
            if (_claimed.TryAdd(nested.Title, nested))
            {
                opened.Add(nested);
            }
        }

        foreach (var nested in opened)
        {
            _order.Add(nested.Title);
            Visit(nested.Title, nested.Spec);
        }
    }

    private void NoteParent(string child, string parent)
    {
        if (!_foundIn.TryGetValue(child, out var parents))
        {
            parents = new List<string>();
            _foundIn.Add(child, parents);
        }

        if (!parents.Contains(parent, StringComparer.Ordinal))
        {
            parents.Add(parent);
        }
    }
}
