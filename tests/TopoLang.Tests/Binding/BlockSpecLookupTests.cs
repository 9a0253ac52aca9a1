using System;
using System.Linq;
using TopoLang.Compiler.Binding.Schema;
using TopoLang.Compiler.Documentation;

namespace TopoLang.Tests.Binding;

/// <summary>A block's entry is found from its word's characters as from its word's string: the binder reads a word where it is written.</summary>
public sealed class BlockSpecLookupTests
{
    private static readonly BlockSpec[] Blocks = SchemaSections.Of(TopoSchema.File).Select(section => section.Spec).ToArray();

    [Fact]
    public void Every_entry_word_of_every_block_is_found_from_its_characters()
    {
        foreach (var block in Blocks)
        {
            foreach (var entry in block.EntryList)
            {
                Assert.Same(entry, block.Find(entry.Word.AsSpan()));
            }
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("Memory")]
    [InlineData("memor")]
    [InlineData("memoryy")]
    [InlineData("a_word_longer_than_any_word_of_any_block_of_the_schema")]
    public void A_word_no_block_takes_is_found_in_none(string word)
    {
        foreach (var block in Blocks)
        {
            Assert.Null(block.Find(word.AsSpan()));
            Assert.Null(block.Find(word));
        }
    }

    [Fact]
    public void The_longest_word_is_that_of_the_longest_entry()
    {
        foreach (var block in Blocks)
        {
            Assert.Equal(block.EntryList.Max(entry => entry.Word.Length), block.LongestWord);
        }
    }
}
