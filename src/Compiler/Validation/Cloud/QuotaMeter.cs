using System;
using System.Globalization;

namespace TopoLang.Compiler.Validation.Cloud;

/// <summary>
/// The running total of one resource of one cloud's quota. It says once, at the first amount
/// that takes the total past the limit, that the quota is exceeded. Int128 cannot overflow:
/// a million instances of the largest size still fit, many times over.
/// </summary>
internal sealed class QuotaMeter
{
    private static readonly Int128 Pebibyte = (Int128)1 << 50;

    private readonly long? _limit;
    private readonly Func<Int128, string> _format;
    private bool _exceeded;

    public QuotaMeter(string resource, long? limit, Func<Int128, string> format)
    {
        Resource = resource;
        _limit = limit;
        _format = format;
    }

    /// <summary>The quota entry's word: "vcpus", "memory", "instances".</summary>
    public string Resource { get; }

    public Int128 Total { get; private set; }

    public string TotalText => _format(Total);

    public string LimitText => _limit is { } limit ? _format(limit) : string.Empty;

    /// <summary>Adds an amount; true only the first time the total goes past the limit (meeting it exactly is fine).</summary>
    public bool AddAndCheck(Int128 amount)
    {
        Total += amount;
        if (_exceeded || _limit is not { } limit || Total <= limit)
        {
            return false;
        }

        _exceeded = true;
        return true;
    }

    public static string Count(Int128 count) => count.ToString(CultureInfo.InvariantCulture);

    /// <summary>"96 GiB"; a total beyond what a Size holds (8 EiB) is printed in whole PiB, or else in bytes.</summary>
    public static string Bytes(Int128 bytes)
    {
        if (bytes <= long.MaxValue)
        {
            return Runtime.Size.FromBytes((long)bytes).ToString();
        }

        var (pebibytes, rest) = Int128.DivRem(bytes, Pebibyte);
        return rest == 0
            ? $"{pebibytes.ToString(CultureInfo.InvariantCulture)} PiB"
            : $"{bytes.ToString(CultureInfo.InvariantCulture)} B";
    }
}
