using System;
using System.Globalization;
using System.IO;
using System.Text;

namespace TopoLang.Generator;

public static class Program
{
    private const string Usage = "usage: TopoLang.Generator GUEST_COUNT [OUTPUT.topo] [--json OUTPUT.json] [--stats]";

    public static int Main(string[] args)
    {
        bool stats = false;
        string? countText = null;
        string? output = null;
        string? jsonOutput = null;
        for (int i = 0; i < args.Length; i++)
        {
            string arg = args[i];
            if (arg == "--stats")
            {
                stats = true;
            }
            else if (arg == "--json" && i + 1 < args.Length && jsonOutput is null)
            {
                jsonOutput = args[++i];
            }
            else if (countText is null)
            {
                countText = arg;
            }
            else if (output is null)
            {
                output = arg;
            }
            else
            {
                Console.Error.WriteLine(Usage);
                return 2;
            }
        }

        if (countText is null
            || !int.TryParse(countText, NumberStyles.None, CultureInfo.InvariantCulture, out int guestCount)
            || guestCount < 1)
        {
            Console.Error.WriteLine(Usage);
            return 2;
        }

        string text = TopologyGenerator.Generate(guestCount);
        if (output is not null)
        {
            File.WriteAllText(output, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }
        else if (!stats)
        {
            Console.Out.Write(text);
        }

        if (jsonOutput is not null)
        {
            using var json = File.Create(jsonOutput);
            TopologyGenerator.GenerateJson(guestCount, json);
        }

        if (stats)
        {
            PrintStats(text, guestCount);
        }

        return 0;
    }

    private static void PrintStats(string text, int guestCount)
    {
        // The generator writes ASCII only, so characters and UTF-8 bytes agree.
        long bytes = Encoding.UTF8.GetByteCount(text);
        int lines = 0;
        foreach (char ch in text)
        {
            if (ch == '\n')
            {
                lines++;
            }
        }

        var c = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(c, $"guests:   {guestCount}"));
        Console.WriteLine(string.Create(c, $"hosts:    {TopologyGenerator.HostCount(guestCount)}"));
        Console.WriteLine(string.Create(c, $"networks: {TopologyGenerator.NetworkCount(guestCount)}"));
        Console.WriteLine(string.Create(c, $"bytes:    {bytes} ({bytes / 1_000_000.0:F2} MB)"));
        Console.WriteLine(string.Create(c, $"lines:    {lines}"));
    }
}
