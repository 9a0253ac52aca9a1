using System;
using TopoLang.Runtime;

namespace TopoLang.Compiler.Binding.Values;

/// <summary>
/// Turns a size quantity into bytes exactly (docs/language.md, "Lexical structure": `1.5 GiB` yes, `1.1 B` no). The
/// arithmetic is the Runtime's, the same that <see cref="Size.Parse"/> uses, so the language and the
/// generated code agree on every size.
/// </summary>
public static class ByteSizeConversion
{
    /// <summary>
    /// The number of bytes. A quantity both too large and fractional reports
    /// <see cref="ByteSizeError.Overflow"/>: its size is the bigger mistake.
    /// </summary>
    public static ByteSizeResult ToBytes(Quantity quantity)
    {
        if (quantity.Unit is not { Kind: UnitKind.Size } unit)
        {
            return new ByteSizeResult(0, ByteSizeError.NotASize);
        }

        var status = SizeConversion.ToBytes(ExactDecimal.From(quantity.Number), unit.Symbol, out var bytes);
        return status == SizeParseStatus.Ok
            ? new ByteSizeResult(bytes, ByteSizeError.None)
            : new ByteSizeResult(0, ToError(status));
    }

    private static ByteSizeError ToError(SizeParseStatus status) => status switch
    {
        SizeParseStatus.FractionalBytes => ByteSizeError.FractionalBytes,
        SizeParseStatus.Overflow => ByteSizeError.Overflow,
        SizeParseStatus.UnknownUnit => ByteSizeError.NotASize,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "a quantity has no text left to be malformed"),
    };
}
