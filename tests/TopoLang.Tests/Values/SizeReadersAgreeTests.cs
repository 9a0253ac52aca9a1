using System;
using System.Collections.Generic;
using System.Linq;
using TopoLang.Compiler.Binding.Values;
using TopoLang.Runtime;

namespace TopoLang.Tests.Values;

/// <summary>
/// The language's size literals and <see cref="Size.Parse"/> read their text apart but share the
/// arithmetic: on every number and unit below they must take the same sizes to the same bytes and
/// refuse the others for the same reason.
/// </summary>
public sealed class SizeReadersAgreeTests
{
    // Numbers a decimal holds exactly: beyond that the language's number reader refuses a literal
    // that Size.Parse still reads (see NumberLiteral), a difference of the readers, not of sizes.
    private static readonly string[] Numbers =
    {
        "0", "1", "7", "1.5", "0.5", "0.001", "0.0001", "0.1", "1.1", "4.0", "1.50", "300_000", "1_024",
        "0.00048828125", "0.0000000000000000000000000001", "8191", "8192", "9000000", "9000000.5",
        "9223372036854775807", "9223372036854775808", "79228162514264337593543950335",
        "1.", ".5", "_8", "1.2.3",
    };

    private static readonly string[] OtherSymbols = { "gib", "EiB", "GHz", "%", "s", "KRW", string.Empty };

    private static readonly string[] Separators = { string.Empty, " ", "\t", " \t" };

    private static IEnumerable<string> Texts() =>
        from number in Numbers
        from symbol in UnitCatalog.OfKind(UnitKind.Size).Select(unit => unit.Symbol).Concat(OtherSymbols)
        from separator in Separators
        select number + separator + symbol;

    [Fact]
    public void Compiler_and_runtime_read_every_size_alike()
    {
        var disagreements = Texts()
            .Select(text => (Text: text, Compiler: ReadAsLiteral(text), Runtime: ReadWithSizeParse(text)))
            .Where(read => read.Compiler != read.Runtime)
            .Select(read => $"'{read.Text}': compiler {read.Compiler}, runtime {read.Runtime}")
            .ToList();

        Assert.True(disagreements.Count == 0, string.Join(Environment.NewLine, disagreements));
    }

    [Fact]
    public void The_sizes_read_cover_every_outcome()
    {
        var outcomes = Texts().Select(ReadWithSizeParse).Select(reading => reading.Outcome).Distinct();

        Assert.Equal(Enum.GetValues<SizeOutcome>().Order(), outcomes.Order());
    }

    private static SizeReading ReadAsLiteral(string text)
    {
        if (!QuantityLiteral.TryParse(text, out var quantity))
        {
            return new SizeReading(SizeOutcome.NotASize, 0);
        }

        var result = ByteSizeConversion.ToBytes(quantity);
        return result.Error switch
        {
            ByteSizeError.None => new SizeReading(SizeOutcome.Bytes, result.Bytes),
            ByteSizeError.FractionalBytes => new SizeReading(SizeOutcome.FractionalBytes, 0),
            ByteSizeError.Overflow => new SizeReading(SizeOutcome.Overflow, 0),
            _ => new SizeReading(SizeOutcome.NotASize, 0),
        };
    }

    private static SizeReading ReadWithSizeParse(string text)
    {
        try
        {
            return new SizeReading(SizeOutcome.Bytes, Size.Parse(text).Bytes);
        }
        catch (OverflowException)
        {
            return new SizeReading(SizeOutcome.Overflow, 0);
        }
        catch (FormatException error) when (error.Message.Contains("whole number of bytes", StringComparison.Ordinal))
        {
            return new SizeReading(SizeOutcome.FractionalBytes, 0);
        }
        catch (FormatException)
        {
            return new SizeReading(SizeOutcome.NotASize, 0);
        }
    }

    private enum SizeOutcome
    {
        Bytes,
        NotASize,
        FractionalBytes,
        Overflow,
    }

    private readonly record struct SizeReading(SizeOutcome Outcome, long Bytes);
}
