using System;
using System.Buffers;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace TopoLang.Compiler.Emit.Plan;

/// <summary>
/// Writes `&lt;topology&gt;.plan.json` (schema: docs/plan-schema.md, `"version": 2`). Sizes are
/// bytes; every array keeps the plan's order, so the same topology gives the same bytes.
/// </summary>
public static class PlanJsonWriter
{
    public const int SchemaVersion = 2;

    public static string Write(DeploymentPlanModel plan)
    {
        var bytes = new ArrayBufferWriter<byte>();
        Write(plan, bytes);
        return Encoding.UTF8.GetString(bytes.WrittenSpan);
    }

    /// <summary>The file's UTF-8 bytes into <paramref name="output"/>, as a build writes them (<see cref="GeneratedFile.WrittenBy"/>): no string nor array of them is made.</summary>
    public static void Write(DeploymentPlanModel plan, IBufferWriter<byte> output)
    {
        using (var json = new Utf8JsonWriter(LineFeedOutput.Around(output), new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("version", SchemaVersion);
            json.WriteString("topology", plan.Topology);
            WriteStages(json, plan);
            WriteSteps(json, plan);
            WriteSummary(json, plan.Summary);
            json.WriteEndObject();
        }

        output.Write("\n"u8);
    }

    private static void WriteStages(Utf8JsonWriter json, DeploymentPlanModel plan)
    {
        json.WriteStartArray("stages");
        foreach (var stage in plan.Stages)
        {
            json.WriteStartArray();
            foreach (var step in stage)
            {
                json.WriteStringValue(step.Id);
            }

            json.WriteEndArray();
        }

        json.WriteEndArray();
    }

    private static void WriteSteps(Utf8JsonWriter json, DeploymentPlanModel plan)
    {
        json.WriteStartArray("steps");
        for (var i = 0; i < plan.Steps.Length; i++)
        {
            var step = plan.Steps[i];
            json.WriteStartObject();
            json.WriteString("id", step.Id);
            json.WriteString("kind", step.Kind);
            json.WriteString("target", step.Target);
            json.WriteNumber("stage", plan.StageOfStep[i]);
            WriteStrings(json, "dependsOn", step.DependsOn);
            if (step.Artifact is not null)
            {
                json.WriteString("artifact", step.Artifact);
            }

            WriteStrings(json, "command", step.Command);
            if (!step.Needs.IsEmpty)
            {
                WriteStrings(json, "needs", step.Needs);
            }

            if (step.Blocked)
            {
                json.WriteBoolean("blocked", true);
                WriteStrings(json, "missing", step.Missing);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteSummary(Utf8JsonWriter json, PlanSummary summary)
    {
        json.WriteStartObject("summary");
        json.WriteStartObject("counts");
        foreach (var (name, count) in summary.Counts)
        {
            json.WriteNumber(name, count);
        }

        json.WriteEndObject();
        json.WriteStartArray("hosts");
        foreach (var host in summary.Hosts)
        {
            json.WriteStartObject();
            json.WriteString("host", host.Host);
            WriteAmount(json, "vcpus", host.VcpusNeeded, host.VcpusAvailable, "needed", "available");
            WriteAmount(json, "memory", host.MemoryNeeded, host.MemoryAvailable, "needed", "available");
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("clouds");
        foreach (var cloud in summary.Clouds)
        {
            json.WriteStartObject();
            json.WriteString("cloud", cloud.Cloud);
            WriteAmount(json, "vcpus", cloud.Vcpus, cloud.VcpusQuota, "used", "quota");
            WriteAmount(json, "memory", cloud.Memory, cloud.MemoryQuota, "used", "quota");
            WriteAmount(json, "instances", cloud.Instances, cloud.InstancesQuota, "used", "quota");
            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteFees(json, summary);
        json.WriteStartArray("setupEffort");
        foreach (var effort in summary.SetupEffort)
        {
            json.WriteStartObject();
            json.WriteString("platform", effort.Platform);
            json.WriteString("typical", effort.Typical);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteStrings(json, "placeholders", summary.Placeholders);
        json.WriteEndObject();
    }

    private static void WriteFees(Utf8JsonWriter json, PlanSummary summary)
    {
        json.WriteStartArray("monthlyFees");
        foreach (var fee in summary.MonthlyFees)
        {
            json.WriteStartObject();
            json.WriteString("provider", fee.Provider);
            json.WriteNumber("amount", fee.Amount);
            json.WriteString("currency", fee.Currency);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartObject("monthlyFeeTotals");
        foreach (var total in summary.MonthlyFees.GroupBy(f => f.Currency).OrderBy(g => g.Key, System.StringComparer.Ordinal))
        {
            json.WriteNumber(total.Key, total.Sum(f => f.Amount));
        }

        json.WriteEndObject();
    }

    private static void WriteAmount(Utf8JsonWriter json, string name, decimal? first, decimal? second, string firstName, string secondName)
    {
        json.WriteStartObject(name);
        WriteNumberOrNull(json, firstName, first);
        WriteNumberOrNull(json, secondName, second);
        json.WriteEndObject();
    }

    private static void WriteNumberOrNull(Utf8JsonWriter json, string name, decimal? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    // An ImmutableArray, not an IEnumerable: each step writes up to four lists, and an interface
    // would box the array and its enumerator for every one of them.
    private static void WriteStrings(Utf8JsonWriter json, string name, ImmutableArray<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
