using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using TopoLang.Compiler.Binding.Bound;
using TopoLang.Compiler.Binding.Schema;
using TopoLang.Compiler.Binding.Values;
using TopoLang.Compiler.Catalog;
using TopoLang.Compiler.Diagnostics;
using TopoLang.Compiler.Syntax;
using TopoLang.Compiler.Syntax.Parsing;
using TopoLang.Compiler.Text;

namespace TopoLang.Compiler.Binding;

/// <summary>
/// Turns one value's syntax into a typed value for what its slot expects, or reports why it
/// cannot (TOPO1003, TOPO1004, TOPO1007, TOPO1009) and returns null. A bare name that is a param
/// or loop variable stands for its value.
/// </summary>
internal sealed class ValueBinder
{
    private readonly DiagnosticBag _diagnostics;
    private readonly SymbolTable? _symbols;
    private readonly BoundArena? _arena;

    // A fleet writes the same few strings (`os linux "ubuntu-22.04"`) on every guest: one string each.
    private readonly NameTable _strings = new();

    // Where Read puts the characters of an ASCII text's span: grown to the longest value read.
    private char[] _scratch = new char[256];

    /// <param name="symbols">Where uses of params and loop variables are recorded; null: nowhere (schema defaults).</param>
    /// <param name="arena">
    /// Where the common values come from, recycled with the bound tree they are bound into; null
    /// for values that must live on (schema defaults).
    /// </param>
    public ValueBinder(DiagnosticBag diagnostics, SymbolTable? symbols = null, BoundArena? arena = null)
    {
        _diagnostics = diagnostics;
        _symbols = symbols;
        _arena = arena;
    }

    /// <summary>
    /// Set while a loop body is bound for the second time or later: the same text again, whose
    /// uses of variables were recorded on the first turn.
    /// </summary>
    public bool InRepeatedTurn { get; set; }

    /// <summary>The characters of <paramref name="span"/>, valid until the next read: a text kept as bytes is read out into one buffer.</summary>
    private ReadOnlySpan<char> Read(SourceText source, TextSpan span)
    {
        if (span.Length > _scratch.Length)
        {
            _scratch = new char[span.Length];
        }

        return source.Chars.Read(span, _scratch);
    }

    public BoundValue? Bind(ValueSpec spec, ValueSyntax syntax, SourceText source, Scope scope, string entryWord)
    {
        var location = new SourceLocation(source, syntax.Span);

        // A name in a declaration or a reference is always a name: params and loop variables may
        // not share names with entities (TOPO1002), and `nic lan` must not turn into a param's value.
        if (syntax is NameValueSyntax name && spec is not (NameSpec or ReferenceSpec) && scope.TryGet(name.Name, out var scoped))
        {
            Record(new VariableReference(name.Name, scoped.Declaration, location));
            return Convert(spec, scoped, name.Name, location, entryWord);
        }

        return (spec, syntax) switch
        {
            (ListSpec list, ListValueSyntax items) => BindList(list, items, source, scope, entryWord, location),
            (_, ListValueSyntax) or (ListSpec, _) => WrongValue(entryWord, spec, Describe(syntax, source), location),
            (IntSpec intSpec, NumberValueSyntax number) => BindInt(intSpec, Read(source, number.Span), location, entryWord),
            (NumberSpec numberSpec, NumberValueSyntax number) => BindNumber(numberSpec, Read(source, number.Span), location, entryWord),
            (QuantitySpec quantitySpec, QuantityValueSyntax quantity) => BindQuantity(quantitySpec, Read(source, quantity.Span), location, entryWord),
            (StringSpec { KeptInSource: true }, StringValueSyntax text) when IsPlainLiteral(Read(source, text.Span)) => NewStringKeptInSource(location),
            (StringSpec or TextSpec, StringValueSyntax text) => BindString(text, source, scope) is { } value ? NewString(value, location) : null,
            (TextSpec, NameValueSyntax word) => NewString(word.Name, location),
            (BoolSpec, BoolValueSyntax flag) => new BoolValue(flag.Value, location),
            (EnumSpec enumSpec, NameValueSyntax word) => BindEnum(enumSpec, word.Name, location, entryWord),
            (NameSpec, NameValueSyntax word) => NewWord(word.Name, location),
            (NameSpec, StringValueSyntax text) => BindStringName(text, source, scope, location, entryWord),
            (ReferenceSpec reference, NameValueSyntax word) => NewReference(word.Name, reference.Kind, location),
            (ReferenceSpec reference, StringValueSyntax text) => BindStringName(text, source, scope, location, entryWord) is WordValue named
                ? NewReference(named.Word, reference.Kind, location)
                : null,
            (CpuFlagSpec, NameValueSyntax word) => BindCpuFlag(word.Name, location),
            (IntSpec or NumberSpec or QuantitySpec or StringSpec, NameValueSyntax word) => UndeclaredVariable(word.Name, scope, location),
            _ => WrongValue(entryWord, spec, Describe(syntax, source), location),
        };
    }

    private BoundValue? BindList(ListSpec spec, ListValueSyntax list, SourceText source, Scope scope, string entryWord, SourceLocation location)
    {
        var items = new BoundValue[list.Items.Length];
        var count = 0;
        foreach (var item in list.Items)
        {
            if (Bind(spec.Element, item, source, scope, entryWord) is { } value)
            {
                items[count++] = value;
            }
        }

        var bound = System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(count == items.Length ? items : items[..count]);
        return new ListValue(bound, location) { HasBadItems = count != list.Items.Length };
    }

    // The literal is read from the source text; it becomes a string only for a message.
    private BoundValue? BindInt(IntSpec spec, ReadOnlySpan<char> text, SourceLocation location, string entryWord)
    {
        if (!NumberLiteral.TryParse(text, out var number))
        {
            return OutOfRange(entryWord, IntRange(spec), text.ToString(), location);
        }

        if (number != decimal.Truncate(number))
        {
            return WrongValue(entryWord, spec, $"'{text}'", location);
        }

        return number < spec.Min || number > spec.Max
            ? OutOfRange(entryWord, IntRange(spec), text.ToString(), location)
            : NewInt((long)number, location);
    }

    private BoundValue? BindNumber(NumberSpec spec, ReadOnlySpan<char> text, SourceLocation location, string entryWord)
    {
        if (!NumberLiteral.TryParse(text, out var number) || number <= spec.GreaterThan)
        {
            return OutOfRange(entryWord, $"greater than {spec.GreaterThan.ToString(CultureInfo.InvariantCulture)}", text.ToString(), location);
        }

        return new NumberValue(number, location);
    }

    private BoundValue? BindQuantity(QuantitySpec spec, ReadOnlySpan<char> text, SourceLocation location, string entryWord)
    {
        if (!QuantityLiteral.TryParse(text, out var quantity))
        {
            return OutOfRange(entryWord, spec.Description, $"'{text}'", location);
        }

        if (quantity.Unit.Kind != spec.Kind)
        {
            return WrongValue(entryWord, spec, $"'{text}' ({UnitCatalog.Describe(quantity.Unit.Kind)})", location);
        }

        if (spec.Kind != UnitKind.Size)
        {
            return quantity.Number < spec.Min || quantity.Number > spec.Max
                ? OutOfRange(entryWord, QuantityRange(spec), $"'{text}'", location)
                : new QuantityValue(quantity.Number, quantity.Unit, location);
        }

        var bytes = ByteSizeConversion.ToBytes(quantity);
        return bytes.Error switch
        {
            ByteSizeError.FractionalBytes => Report(DiagnosticFactory.WrongValue(location, entryWord, "a whole number of bytes", $"'{text}'")),
            ByteSizeError.Overflow => OutOfRange(entryWord, "at most 8 EiB", $"'{text}'", location),
            ByteSizeError.None when bytes.Bytes < spec.Min => OutOfRange(entryWord, $"at least {TopoLang.Runtime.Size.FromBytes((long)spec.Min)}", $"'{text}'", location),
            ByteSizeError.None => NewSize(bytes.Bytes, location),
            _ => WrongValue(entryWord, spec, $"'{text}'", location),
        };
    }

    private BoundValue? BindEnum(EnumSpec spec, string word, SourceLocation location, string entryWord)
    {
        if (spec.Words.Contains(word))
        {
            return NewWord(word, location);
        }

        var found = $"'{word}'{Suggestions.DidYouMean(word, spec.Words)}";
        return WrongValue(entryWord, spec, found, location);
    }

    private BoundValue BindCpuFlag(string flag, SourceLocation location)
    {
        if (CpuFlags.Find(flag) is null)
        {
            _diagnostics.Add(DiagnosticFactory.UnknownCpuFlag(location, flag, Suggestions.DidYouMean(flag, CpuFlags.Names)));
        }

        return NewWord(flag, location);
    }

    private BoundValue? BindStringName(StringValueSyntax syntax, SourceText source, Scope scope, SourceLocation location, string entryWord)
    {
        var name = BindString(syntax, source, scope);
        if (name is null)
        {
            return null;
        }

        if (SyntaxFacts.IsValidIdentifier(name))
        {
            return NewWord(name, location);
        }

        // Shown as written, so that a loop reports its bad name once rather than once per turn.
        var written = source.ToString(syntax.Span);
        var found = StringLiteral.HasInterpolation(written) ? $"{written}, which is no name once interpolated" : written;
        return Report(DiagnosticFactory.WrongValue(location, entryWord, "a name made of letters, digits, '_' and inner '-'", found));
    }

    /// <summary>The string's text with escapes decoded and interpolations filled in; null when an interpolation names nothing.</summary>
    public string? BindString(StringValueSyntax syntax, SourceText source, Scope scope)
    {
        var raw = Read(source, syntax.Span);
        if (IsPlainLiteral(raw))
        {
            return _strings.Intern(raw[1..^1]); // no escape, no interpolation: most strings
        }

        var parts = StringLiteral.Decode(raw.ToString());
        var builder = new StringBuilder();
        var ok = true;
        foreach (var part in parts)
        {
            switch (part)
            {
                case TextPart text:
                    builder.Append(text.Text);
                    break;
                case InterpolationPart hole when scope.TryGet(hole.Name, out var value):
                    builder.Append(ToText(value.Value));
                    Record(new VariableReference(hole.Name, value.Declaration, new SourceLocation(source, new TextSpan(syntax.Span.Start + hole.Offset, hole.Length))));
                    break;
                case InterpolationPart hole:
                    var span = new TextSpan(syntax.Span.Start + hole.Offset, hole.Length);
                    UndeclaredVariable(hole.Name, scope, new SourceLocation(source, span));
                    ok = false;
                    break;
            }
        }

        return ok ? builder.ToString() : null;
    }

    private BoundValue? Convert(ValueSpec spec, ScopeValue scoped, string name, SourceLocation location, string entryWord)
    {
        var value = scoped.Value;
        switch (spec, value)
        {
            case (IntSpec intSpec, IntValue number):
                return number.Value < intSpec.Min || number.Value > intSpec.Max
                    ? OutOfRange(entryWord, IntRange(intSpec), $"{number.Value.ToString(CultureInfo.InvariantCulture)} (from '{name}')", location)
                    : NewInt(number.Value, location);
            case (NumberSpec numberSpec, IntValue or NumberValue):
                var decimalValue = value is IntValue i ? i.Value : ((NumberValue)value).Value;
                return decimalValue <= numberSpec.GreaterThan
                    ? OutOfRange(entryWord, $"greater than {numberSpec.GreaterThan.ToString(CultureInfo.InvariantCulture)}", $"{decimalValue.ToString(CultureInfo.InvariantCulture)} (from '{name}')", location)
                    : new NumberValue(decimalValue, location);
            case (QuantitySpec { Kind: UnitKind.Size } sizeSpec, SizeValue size):
                return size.Bytes < sizeSpec.Min
                    ? OutOfRange(entryWord, $"at least {TopoLang.Runtime.Size.FromBytes((long)sizeSpec.Min)}", $"{TopoLang.Runtime.Size.FromBytes(size.Bytes)} (from '{name}')", location)
                    : NewSize(size.Bytes, location);
            case (StringSpec or TextSpec, StringValue text):
                return NewString(text.Value, location);
            case (TextSpec, IntValue or NumberValue):
                return NewString(ToText(value), location);
            case (BoolSpec, BoolValue flag):
                return new BoolValue(flag.Value, location);
            case (NameSpec or EnumSpec or ReferenceSpec or CpuFlagSpec, StringValue text) when SyntaxFacts.IsValidIdentifier(text.Value):
                return spec switch
                {
                    EnumSpec enumSpec => BindEnum(enumSpec, text.Value, location, entryWord),
                    ReferenceSpec reference => NewReference(text.Value, reference.Kind, location),
                    CpuFlagSpec => BindCpuFlag(text.Value, location),
                    _ => NewWord(text.Value, location),
                };
            default:
                return WrongValue(entryWord, spec, $"'{name}' ({WithArticle(scoped.TypeName)})", location);
        }
    }

    private BoundValue? UndeclaredVariable(string name, Scope scope, SourceLocation location) =>
        Report(DiagnosticFactory.UndeclaredName(location, "param or loop variable", name, Suggestions.DidYouMean(name, scope.Names)));

    private BoundValue? WrongValue(string entryWord, ValueSpec spec, string found, SourceLocation location) =>
        Report(DiagnosticFactory.WrongValue(location, entryWord, spec.Description, found));

    private BoundValue? OutOfRange(string entryWord, string range, string found, SourceLocation location) =>
        Report(DiagnosticFactory.ValueOutOfRange(location, entryWord, range, found));

    private BoundValue? Report(Diagnostic diagnostic)
    {
        _diagnostics.Add(diagnostic);
        return null;
    }

    private static string IntRange(IntSpec spec) => spec.Max >= 1_000_000
        ? $"at least {spec.Min.ToString(CultureInfo.InvariantCulture)}"
        : $"between {spec.Min.ToString(CultureInfo.InvariantCulture)} and {spec.Max.ToString(CultureInfo.InvariantCulture)}";

    private static string QuantityRange(QuantitySpec spec) => spec.Max == decimal.MaxValue
        ? $"at least {spec.Min.ToString(CultureInfo.InvariantCulture)}"
        : $"between {spec.Min.ToString(CultureInfo.InvariantCulture)} and {spec.Max.ToString(CultureInfo.InvariantCulture)}";

    public static string ToText(BoundValue value) => value switch
    {
        IntValue number => number.Value.ToString(CultureInfo.InvariantCulture),
        NumberValue number => number.Value.ToString(CultureInfo.InvariantCulture),
        SizeValue size => TopoLang.Runtime.Size.FromBytes(size.Bytes).ToString(),
        StringValue text => text.Value,
        BoolValue flag => flag.Value ? "true" : "false",
        WordValue word => word.Word,
        ReferenceValue reference => reference.Name,
        QuantityValue quantity => quantity.Number.ToString(CultureInfo.InvariantCulture) + " " + quantity.Unit.Symbol,
        _ => string.Empty,
    };

    private static string Describe(ValueSyntax syntax, SourceText source) => syntax switch
    {
        ListValueSyntax => "a list",
        NumberValueSyntax => $"'{source.ToString(syntax.Span)}' (a number)",
        QuantityValueSyntax q when QuantityLiteral.TryParse(source.ToString(q.Span), out var quantity) => $"'{source.ToString(syntax.Span)}' ({UnitCatalog.Describe(quantity.Unit.Kind)})",
        StringValueSyntax => $"a string {Shorten(source.ToString(syntax.Span))}",
        BoolValueSyntax => $"'{source.ToString(syntax.Span)}'",
        _ => $"'{source.ToString(syntax.Span)}'",
    };

    private static string WithArticle(string noun) => ("aeiou".Contains(noun[0]) ? "an " : "a ") + noun;

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..37] + "...";

    private IntValue NewInt(long value, SourceLocation location) => _arena?.Int(value, location) ?? new IntValue(value, location);

    private SizeValue NewSize(long bytes, SourceLocation location) => _arena?.Size(bytes, location) ?? new SizeValue(bytes, location);

    private StringValue NewString(string value, SourceLocation location) => _arena?.String(value, location) ?? new StringValue(value, location);

    private StringValue NewStringKeptInSource(SourceLocation location) => _arena?.String(null, location) ?? StringValue.KeptInSource(location);

    /// <summary>A string literal with no escape and no interpolation: its text is what lies between its quotes.</summary>
    private static bool IsPlainLiteral(ReadOnlySpan<char> raw) => raw.Length >= 2 && raw[0] == '"' && raw[^1] == '"' && raw[1..^1].IndexOfAny('\\', '$') < 0;

    private WordValue NewWord(string word, SourceLocation location) => _arena?.Word(word, location) ?? new WordValue(word, location);

    private ReferenceValue NewReference(string name, EntityKind kind, SourceLocation location) =>
        _arena?.Reference(name, kind, location) ?? new ReferenceValue(name, kind, location);

    private void Record(VariableReference reference)
    {
        if (!InRepeatedTurn)
        {
            _symbols?.AddVariableReference(reference);
        }
    }
}
