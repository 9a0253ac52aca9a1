using System;
using System.Collections.Generic;
using TopoLang.Benchmarks.CharLevel.Tree;

namespace TopoLang.Benchmarks.CharLevel;

/// <summary>
/// What follows a statement's first word, before the word itself is known to the node.
/// </summary>
/// <remarks>
/// The first word decides the statement kind, so <see cref="PidginCharParser"/> reads it and
/// then binds to the parser for the rest. All those parsers must share one result type; a
/// struct with a slot for each kind's parts keeps that free of a second allocation.
/// </remarks>
internal readonly struct StatementTail
{
    private enum Kind : byte
    {
        Entry,
        Header,
        Import,
        Param,
        For,
    }

    private readonly Kind _kind;
    private readonly IReadOnlyList<CharValue>? _values;
    private readonly IReadOnlyList<CharIdentifier>? _names;
    private readonly CharBlock? _block;
    private readonly CharIdentifier? _name;
    private readonly CharIdentifier? _type;
    private readonly CharValue? _first;
    private readonly CharValue? _second;
    private readonly CharString? _path;
    private readonly int _end;

    private StatementTail(
        Kind kind,
        int end,
        IReadOnlyList<CharValue>? values = null,
        IReadOnlyList<CharIdentifier>? names = null,
        CharBlock? block = null,
        CharIdentifier? name = null,
        CharIdentifier? type = null,
        CharValue? first = null,
        CharValue? second = null,
        CharString? path = null)
    {
        _kind = kind;
        _end = end;
        _values = values;
        _names = names;
        _block = block;
        _name = name;
        _type = type;
        _first = first;
        _second = second;
        _path = path;
    }

    public static StatementTail ForEntry(IReadOnlyList<CharValue> values, CharBlock? block)
    {
        // An entry without values or block ends at its name: -1 defers to the name's end.
        int end = block?.Range.End ?? (values.Count > 0 ? values[^1].Range.End : -1);
        return new StatementTail(Kind.Entry, end, values: values, block: block);
    }

    public static StatementTail ForHeader(IReadOnlyList<CharIdentifier> names)
        => new(Kind.Header, names[^1].Range.End, names: names);

    public static StatementTail ForImport(CharString path)
        => new(Kind.Import, path.Range.End, path: path);

    public static StatementTail ForParam(CharIdentifier name, CharIdentifier type, CharValue? defaultValue)
        => new(Kind.Param, defaultValue?.Range.End ?? type.Range.End, name: name, type: type, first: defaultValue);

    public static StatementTail ForLoop(CharIdentifier variable, CharValue from, CharValue to, CharBlock body)
        => new(Kind.For, body.Range.End, name: variable, first: from, second: to, block: body);

    public CharStatement Build(CharIdentifier word)
    {
        var range = CharRange.FromBounds(word.Range.Start, Math.Max(_end, word.Range.End));
        return _kind switch
        {
            Kind.Entry => new CharEntry(word, _values!, _block, range),
            Kind.Header => new CharHeader(word, _names!, range),
            Kind.Import => new CharImport(word, _path!, range),
            Kind.Param => new CharParam(word, _name!, _type!, _first, range),
            _ => new CharFor(word, _name!, _first!, _second!, _block!, range),
        };
    }
}
