using System;
using System.Collections.Generic;
using System.Globalization;
using Pidgin;
using TopoLang.Benchmarks.CharLevel.Tree;
using static Pidgin.Parser;
using static Pidgin.Parser<char>;

namespace TopoLang.Benchmarks.CharLevel;

/// <summary>
/// Option (a) of the parser decision: Pidgin reading characters directly, for the whole
/// grammar of docs/language.md, "Lexical structure"–3, into a tree where every node has its span.
/// </summary>
/// <remarks>
/// A benchmark prototype, not the compiler's parser: no error recovery, no diagnostics (the
/// first error throws <see cref="ParseException"/>). Tuned as Pidgin's README advises and as
/// the earlier measurement (ARCHITECTURE.md) found: parsers built once and static, no LINQ
/// query syntax, <c>Token(pred)</c> rather than <c>Char</c>, no <c>Labelled</c>, and
/// <c>Try</c> only where one character of lookahead cannot decide (a number's fraction,
/// a unit after a number). Choices are made by <see cref="CharSwitchParser{T}"/> on the
/// current character so that no alternative fails on the hot path.
/// </remarks>
public static class PidginCharParser
{
    // Pidgin parsers are immutable and shared; the per-parse state they need (the name
    // table) rides on the thread instead of being captured.
    [ThreadStatic]
    private static NameTable? t_names;

    private static readonly Parser<char, CharSyntaxFile> FileParser = BuildFileParser();

    public static CharSyntaxFile Parse(string text)
    {
        NameTable? outer = t_names;
        t_names = new NameTable();
        try
        {
            return FileParser.ParseOrThrow(text);
        }
        finally
        {
            t_names = outer;
        }
    }

    private static NameTable Names
        => t_names ?? throw new InvalidOperationException("PidginCharParser.Parse sets the name table");

    private static Parser<char, CharSyntaxFile> BuildFileParser()
    {
        // ---- trivia -------------------------------------------------------------------
        var lineCommentRest = Token('/').Then(Token(static c => c != '\n').SkipMany());
        // Runs of non-stars ending in stars, until a star run is followed by '/'.
        var starRun = Token(static c => c != '*').SkipMany().Then(Token('*').SkipAtLeastOnce());
        var blockCommentRest = Token('*').Then(starRun).Then(starRun.SkipUntil(Token('/')));
        var comment = Token('/').Then(lineCommentRest.Or(blockCommentRest));

        // Same-line trivia follows every token; newlines end statements, so only lists and
        // the gaps between statements skip them.
        var sameLine = Trivia(" \t\r", comment);
        var anyLine = Trivia(" \t\r\n", comment);
        var betweenStatements = Trivia(" \t\r\n;", comment);

        // ---- identifiers ----------------------------------------------------------------
        var identText = Token(IsIdentStart)
            .Then(Token(IsIdentChar).SkipMany())
            .Then(Token('-').Then(Token(IsIdentChar).SkipAtLeastOnce()).SkipMany())
            .Slice(static (span, _) => Names.Intern(span));
        var identifier = Map(
            static (int s, string name, int e) => new CharIdentifier(name, CharRange.FromBounds(s, e)),
            CurrentOffset,
            identText,
            CurrentOffset);

        // ---- numbers and quantities -----------------------------------------------------
        var digits = Token(IsDigit).Then(Token(static c => IsDigit(c) || c == '_').SkipMany());
        // `1..3` is 1, .., 3: a dot is a fraction only with a digit after it.
        var fraction = Try(Token('.').Then(Token(IsDigit).SkipAtLeastOnce()));
        var number = digits.Then(fraction.Optional()).Slice(static (span, _) => ParseNumber(span));

        var unitWord = Token(IsIdentChar).SkipAtLeastOnce()
            .Then(Try(Token('/').Then(String("month"))).Optional())
            .Slice(static (span, _) => UnitOf(span))
            .Assert(static u => u is not null, "a unit")
            .Select(static u => Maybe.Just(u!));
        var nothing = Return(Maybe.Nothing<string>());
        // Not a unit (`3 sockets`): rewind to the word, which is the next value.
        var unitAt = new CharSwitchParser<Maybe<string>>(
            "a unit",
            [
                (static c => c == '%', Token('%').ThenReturn(Maybe.Just("%"))),
                (IsIdentStart, Try(unitWord).Or(nothing)),
                (static _ => true, nothing),
            ],
            nonAscii: nothing,
            endOfInput: nothing);
        var unit = new CharSwitchParser<Maybe<string>>(
            "a unit",
            [
                (static c => c == ' ' || c == '\t', Token(static c => c == ' ' || c == '\t').SkipAtLeastOnce().Then(unitAt)),
                (static _ => true, unitAt),
            ],
            nonAscii: unitAt,
            endOfInput: unitAt);
        var numberOrQuantity = Map(
            static CharValue (int s, decimal n, int numberEnd, Maybe<string> u, int e) => u.HasValue
                ? new CharQuantity(n, u.Value, CharRange.FromBounds(s, e))
                : new CharNumber(n, CharRange.FromBounds(s, numberEnd)),
            CurrentOffset,
            number,
            CurrentOffset,
            unit,
            CurrentOffset);

        // ---- strings --------------------------------------------------------------------
        var literalRun = Map(
            static (int s, string text, int e) => new CharStringPart(text, false, CharRange.FromBounds(s, e)),
            CurrentOffset,
            Token(static c => c != '"' && c != '\\' && c != '$' && c != '\n' && c != '\r')
                .SkipAtLeastOnce()
                .Slice(static (span, _) => span.ToString()),
            CurrentOffset);
        var hexScalar = Token(static c => char.IsAsciiHexDigit(c))
            .SkipAtLeastOnce()
            .Slice(static (span, _) => char.ConvertFromUtf32(int.Parse(span, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture)));
        var escapeBody = new CharSwitchParser<string>(
            "an escape",
            [
                (static c => c == '"', Token('"').ThenReturn("\"")),
                (static c => c == '\\', Token('\\').ThenReturn("\\")),
                (static c => c == 'n', Token('n').ThenReturn("\n")),
                (static c => c == 't', Token('t').ThenReturn("\t")),
                (static c => c == 'u', Token('u').Then(Token('{')).Then(hexScalar).Before(Token('}'))),
            ]);
        var escape = Map(
            static (int s, string text, int e) => new CharStringPart(text, false, CharRange.FromBounds(s, e)),
            CurrentOffset,
            Token('\\').Then(escapeBody),
            CurrentOffset);
        // `${name}` is interpolation; any other `$` is itself.
        var afterDollar = new CharSwitchParser<(string Text, bool IsInterpolation)>(
            "interpolation",
            [
                (static c => c == '{', Token('{').Then(identText).Before(Token('}')).Select(static n => (n, true))),
                (static _ => true, Return(("$", false))),
            ],
            nonAscii: Return(("$", false)),
            endOfInput: Return(("$", false)));
        var dollar = Map(
            static (int s, (string Text, bool IsInterpolation) p, int e)
                => new CharStringPart(p.Text, p.IsInterpolation, CharRange.FromBounds(s, e)),
            CurrentOffset,
            Token('$').Then(afterDollar),
            CurrentOffset);
        var stringPart = new CharSwitchParser<CharStringPart>(
            "string text",
            [
                (static c => c == '\\', escape),
                (static c => c == '$', dollar),
                // A raw newline ends (and so breaks) the string: no multi-line literals.
                (static c => c != '"' && c != '\n' && c != '\r', literalRun),
            ],
            nonAscii: literalRun);
        var stringLiteral = Map(
            static (int s, IEnumerable<CharStringPart> parts, int e) => new CharString(AsList(parts), CharRange.FromBounds(s, e)),
            CurrentOffset,
            Token('"').Then(stringPart.Many()).Before(Token('"')),
            CurrentOffset);

        // ---- values ---------------------------------------------------------------------
        Parser<char, CharValue>? value = null;
        var valueRec = Rec(() => value!);
        var list = Map(
            static CharValue (int s, IEnumerable<CharValue> items, int e) => new CharList(AsList(items), CharRange.FromBounds(s, e)),
            CurrentOffset,
            Token('[')
                .Then(anyLine)
                .Then(valueRec.Before(anyLine).SeparatedAndOptionallyTerminated(Token(',').Then(anyLine)))
                .Before(Token(']')),
            CurrentOffset);
        var identOrBool = identifier.Select(static CharValue (id) => id.Name switch
        {
            "true" => new CharBool(true, id.Range),
            "false" => new CharBool(false, id.Range),
            _ => id,
        });
        value = new CharSwitchParser<CharValue>(
            "a value",
            [
                (static c => c == '"', stringLiteral.Select(static CharValue (s) => s)),
                (IsDigit, numberOrQuantity),
                (IsIdentStart, identOrBool),
                (static c => c == '[', list),
            ]);

        // ---- statements -----------------------------------------------------------------
        Parser<char, CharStatement>? statement = null;
        var statementRec = Rec(() => statement!);
        var block = Map(
            static (int s, IEnumerable<CharStatement> body, int e) => new CharBlock(AsList(body), CharRange.FromBounds(s, e)),
            CurrentOffset,
            Token('{')
                .Then(betweenStatements)
                .Then(statementRec.Before(betweenStatements).Many())
                .Before(Token('}')),
            CurrentOffset);

        // A statement ends at a newline, a `;`, before `}`, or at the end of the input. The
        // terminator is left for `betweenStatements` (or the block) to consume.
        var unit0 = Return(Unit.Value);
        var end = new CharSwitchParser<Unit>(
            "end of statement",
            [(static c => c == '\n' || c == ';' || c == '}', unit0)],
            endOfInput: unit0);
        var noBlock = Return<CharBlock?>(null);
        var blockOrEnd = new CharSwitchParser<CharBlock?>(
            "'{' or end of statement",
            [
                (static c => c == '{', block.Select(static CharBlock? (b) => b)),
                (static c => c == '\n' || c == ';' || c == '}', noBlock),
            ],
            endOfInput: noBlock);

        var entryTail = Map(
            static (IEnumerable<CharValue> values, CharBlock? body) => StatementTail.ForEntry(AsList(values), body),
            value.Before(sameLine).Many(),
            blockOrEnd);
        var headerTail = Map(
            static (IEnumerable<CharIdentifier> names, Unit _) => StatementTail.ForHeader(AsList(names)),
            identifier.SeparatedAtLeastOnce(Token('.')).Before(sameLine),
            end);
        var importTail = Map(
            static (CharString path, Unit _) => StatementTail.ForImport(path),
            stringLiteral.Before(sameLine),
            end);
        var paramTail = Map(
            static (CharIdentifier name, CharIdentifier type, Maybe<CharValue> dflt, Unit _)
                => StatementTail.ForParam(name, type, dflt.HasValue ? dflt.Value : null),
            identifier.Before(sameLine).Before(Token(':')).Before(sameLine),
            identifier.Before(sameLine),
            Token('=').Then(sameLine).Then(value).Before(sameLine).Optional(),
            end);
        var inKeyword = identText.Assert(static w => w == "in", "'in'");
        var forTail = Map(
            static (CharIdentifier variable, CharValue from, CharValue to, CharBlock body)
                => StatementTail.ForLoop(variable, from, to, body),
            identifier.Before(sameLine).Before(inKeyword).Before(sameLine),
            value.Before(sameLine).Before(Token('.')).Before(Token('.')).Before(sameLine),
            value.Before(sameLine),
            block);

        // Keywords are identifiers until proven otherwise: read the word once, then pick the
        // rest of the statement from it (Bind with prebuilt parsers: nothing is allocated).
        var keywordStatement = identifier.Before(sameLine).Bind(
            id => id.Name switch
            {
                "topology" or "namespace" => headerTail,
                "import" => importTail,
                "param" => paramTail,
                "for" => forTail,
                _ => entryTail,
            },
            static (id, tail) => tail.Build(id));
        statement = new CharSwitchParser<CharStatement>("a statement", [(IsIdentStart, keywordStatement)]);

        return Map(
                static (int s, IEnumerable<CharStatement> statements, int e)
                    => new CharSyntaxFile(AsList(statements), CharRange.FromBounds(s, e)),
                CurrentOffset,
                betweenStatements.Then(statementRec.Before(betweenStatements).Many()),
                CurrentOffset)
            .Before(End);
    }

    /// <summary>Skips any mix of the given space characters and comments; never fails.</summary>
    private static Parser<char, Unit> Trivia(string spaces, Parser<char, Unit> comment)
    {
        Parser<char, Unit>? trivia = null;
        var rest = Rec(() => trivia!);
        var done = Return(Unit.Value);
        trivia = new CharSwitchParser<Unit>(
            "trivia",
            [
                (c => spaces.Contains(c), Token(c => spaces.Contains(c)).SkipAtLeastOnce().Then(rest)),
                (static c => c == '/', comment.Then(rest)),
                (static _ => true, done),
            ],
            nonAscii: done,
            endOfInput: done);
        return trivia;
    }

    private static bool IsIdentStart(char c) => char.IsAsciiLetter(c) || c == '_';

    private static bool IsIdentChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    private static bool IsDigit(char c) => char.IsAsciiDigit(c);

    private static IReadOnlyList<T> AsList<T>(IEnumerable<T> items) => items as IReadOnlyList<T> ?? new List<T>(items);

    private static decimal ParseNumber(ReadOnlySpan<char> text)
    {
        // Whole parts up to 18 digits fit a ulong; sizes in bytes stay far below that.
        ulong whole = 0;
        int digitCount = 0;
        int i = 0;
        for (; i < text.Length && text[i] != '.'; i++)
        {
            if (text[i] != '_')
            {
                whole = whole * 10 + (ulong)(text[i] - '0');
                digitCount++;
            }
        }

        if (digitCount > 18)
        {
            return decimal.Parse(text.ToString().Replace("_", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
        }

        decimal value = whole;
        decimal scale = 0.1m;
        for (i++; i < text.Length; i++)
        {
            value += (text[i] - '0') * scale;
            scale /= 10;
        }

        return value;
    }

    private static string? UnitOf(ReadOnlySpan<char> word) => word switch
    {
        "B" => "B",
        "KiB" => "KiB",
        "MiB" => "MiB",
        "GiB" => "GiB",
        "TiB" => "TiB",
        "PiB" => "PiB",
        "KB" => "KB",
        "MB" => "MB",
        "GB" => "GB",
        "TB" => "TB",
        "PB" => "PB",
        "MHz" => "MHz",
        "GHz" => "GHz",
        "Mbps" => "Mbps",
        "Gbps" => "Gbps",
        "ms" => "ms",
        "s" => "s",
        "min" => "min",
        "h" => "h",
        "d" => "d",
        // Fees are monthly: `KRW/month` is `KRW` (docs/language.md, "Lexical structure").
        "KRW" or "KRW/month" => "KRW",
        "USD" or "USD/month" => "USD",
        "EUR" or "EUR/month" => "EUR",
        _ => null,
    };
}
