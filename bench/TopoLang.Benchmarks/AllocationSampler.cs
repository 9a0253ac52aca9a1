using System;
using System.Collections.Generic;
using System.Diagnostics.Tracing;
using System.Linq;

namespace TopoLang.Benchmarks;

/// <summary>
/// Samples the runtime's allocation ticks (one event per ~100 KB allocated, naming the type of the
/// object that crossed it) and sums them by type: which objects a stage allocates most, without
/// an external profiler. Sampled, so a type's figure is good to about 100 KB times its count's
/// square root.
/// </summary>
internal sealed class AllocationSampler : EventListener
{
    private const EventKeywords GcKeyword = (EventKeywords)0x1;
    private readonly Dictionary<string, long> _bytesByType = new(StringComparer.Ordinal);
    private readonly object _gate = new();

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(source, EventLevel.Verbose, GcKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs data)
    {
        if (data.EventName != "GCAllocationTick_V4" || data.Payload is null)
        {
            return;
        }

        var type = data.PayloadNames!.IndexOf("TypeName") is var t and >= 0 ? data.Payload[t] as string ?? "?" : "?";
        var amount = data.PayloadNames.IndexOf("AllocationAmount64") is var a and >= 0 ? Convert.ToInt64(data.Payload[a]) : 0;
        lock (_gate)
        {
            _bytesByType[type] = _bytesByType.GetValueOrDefault(type) + amount;
        }
    }

    /// <summary>Prints the <paramref name="count"/> types with the most bytes sampled, and forgets them.</summary>
    public void PrintTop(string stage, int count)
    {
        lock (_gate)
        {
            Console.WriteLine($"  most allocated in {stage} (sampled):");
            foreach (var (type, bytes) in _bytesByType.OrderByDescending(pair => pair.Value).Take(count))
            {
                Console.WriteLine($"    {bytes / 1048576.0,8:F1} MiB  {type}");
            }

            _bytesByType.Clear();
        }
    }
}
