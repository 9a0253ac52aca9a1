using System.Collections.Immutable;

namespace TopoLang.Compiler.Syntax.Parsing;

/// <summary>
/// The entries, blocks, values and lists of a file read a top-level statement at a time, for a
/// reader that is done with each statement once it asks for the next (the compiler binding the
/// entry file): the next statement is parsed into the same objects. A fleet is thousands of
/// hosts of the same shape, so at 100,000 guests this replaces ~125 MB of short-lived syntax with
/// the nodes of its largest host.
/// </summary>
/// <remarks>
/// Kinds a binder keeps by identity (loops) and rare ones (errors, lists, headers) are made
/// each time. What a reader holds on to must be kept with <see cref="KeepAll"/> before it reads on.
/// </remarks>
internal sealed class SyntaxArena
{
    private readonly RecycledNodes<EntryStatementSyntax> _entries = new();
    private readonly RecycledNodes<BlockSyntax> _blocks = new();
    private readonly RecycledNodes<NameValueSyntax> _names = new();
    private readonly RecycledNodes<StringValueSyntax> _strings = new();
    private readonly RecycledNodes<NumberValueSyntax> _numbers = new();
    private readonly RecycledNodes<QuantityValueSyntax> _quantities = new();
    private readonly RecycledNodes<BoolValueSyntax> _bools = new();

    public RecycledLists<ValueSyntax> ValueLists { get; } = new();

    public RecycledLists<StatementSyntax> StatementLists { get; } = new();

    /// <summary>An entry whose word's text is made from <paramref name="names"/> when its reader first asks.</summary>
    public EntryStatementSyntax Entry(SyntaxToken word, SourceNames names, ImmutableArray<ValueSyntax> values, BlockSyntax? block)
    {
        var entry = _entries.TakeFree() ?? _entries.Add(new EntryStatementSyntax(word, string.Empty, values, block));
        entry.Reuse(word, names, values, block);
        return entry;
    }

    public BlockSyntax Block(SyntaxToken openBrace, ImmutableArray<StatementSyntax> statements, SyntaxToken? closeBrace)
    {
        if (_blocks.TakeFree() is not { } block)
        {
            return _blocks.Add(new BlockSyntax(openBrace, statements, closeBrace));
        }

        block.Reuse(openBrace, statements, closeBrace);
        return block;
    }

    /// <summary>A name whose text is made from <paramref name="names"/> when its reader first asks.</summary>
    public NameValueSyntax Name(SyntaxToken token, SourceNames names)
    {
        var value = _names.TakeFree() ?? _names.Add(new NameValueSyntax(token, string.Empty));
        value.Reuse(token, names);
        return value;
    }

    public StringValueSyntax String(SyntaxToken token) => Token(_strings, token) ?? _strings.Add(new StringValueSyntax(token));

    public NumberValueSyntax Number(SyntaxToken token) => Token(_numbers, token) ?? _numbers.Add(new NumberValueSyntax(token));

    public QuantityValueSyntax Quantity(SyntaxToken token) => Token(_quantities, token) ?? _quantities.Add(new QuantityValueSyntax(token));

    public BoolValueSyntax Bool(SyntaxToken token) => Token(_bools, token) ?? _bools.Add(new BoolValueSyntax(token));

    /// <summary>Every node handed out since the last <see cref="KeepAll"/> may be filled again.</summary>
    public void ReleaseAll()
    {
        _entries.ReleaseAll();
        _blocks.ReleaseAll();
        _names.ReleaseAll();
        _strings.ReleaseAll();
        _numbers.ReleaseAll();
        _quantities.ReleaseAll();
        _bools.ReleaseAll();
        ValueLists.ReleaseAll();
        StatementLists.ReleaseAll();
    }

    /// <summary>Every node handed out so far is never filled again.</summary>
    public void KeepAll()
    {
        _entries.KeepAll();
        _blocks.KeepAll();
        _names.KeepAll();
        _strings.KeepAll();
        _numbers.KeepAll();
        _quantities.KeepAll();
        _bools.KeepAll();
        ValueLists.KeepAll();
        StatementLists.KeepAll();
    }

    private static T? Token<T>(RecycledNodes<T> nodes, SyntaxToken token)
        where T : TokenValueSyntax
    {
        var free = nodes.TakeFree();
        free?.Reuse(token);
        return free;
    }
}
