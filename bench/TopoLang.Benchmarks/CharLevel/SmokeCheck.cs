using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using TopoLang.Benchmarks.CharLevel.Tree;
using TopoLang.Generator;

namespace TopoLang.Benchmarks.CharLevel;

/// <summary>
/// A quick run of <see cref="PidginCharParser"/> over generated files and the bundled example
/// (<c>-- --smoke [FILE...]</c>), so that a benchmark never times a parser that fails.
/// </summary>
/// <remarks>
/// Checks more than "did not throw": every identifier's span must cover exactly its text, and
/// the generated files must yield exactly as many guests and domUs as were asked for.
/// </remarks>
public static class SmokeCheck
{
    public static int Run(string[] files)
    {
        int failures = 0;
        foreach (int guests in new[] { 1000, 10000 })
        {
            string text = TopologyGenerator.Generate(guests);
            failures += Check($"generated {guests}", text, guests);
        }

        if (files.Length == 0)
        {
            string? root = FindRepositoryRoot();
            files = root is null
                ? []
                :
                [
                    Path.Combine(root, "examples", "datacenter", "datacenter.topo"),
                    Path.Combine(root, "examples", "datacenter", "common", "networks.topo"),
                ];
        }

        foreach (string file in files)
        {
            failures += Check(file, File.ReadAllText(file), expectedGuests: null);
        }

        Console.WriteLine(failures == 0 ? "smoke: all parsed" : $"smoke: {failures} failed");
        return failures == 0 ? 0 : 1;
    }

    private static int Check(string label, string text, int? expectedGuests)
    {
        var clock = Stopwatch.StartNew();
        CharSyntaxFile file;
        try
        {
            file = PidginCharParser.Parse(text);
        }
        catch (Exception e) when (e is Pidgin.ParseException or InvalidOperationException)
        {
            Console.WriteLine($"FAIL {label}: {e.Message}");
            return 1;
        }

        clock.Stop();
        var walker = new Walker(text);
        foreach (CharStatement statement in file.Statements)
        {
            walker.Visit(statement);
        }

        string problem = walker.Problem
            ?? (expectedGuests is int n && n != walker.Guests ? $"{walker.Guests} guests and domUs, expected {n}" : "");
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{(problem.Length == 0 ? "ok  " : "FAIL")} {label}: {text.Length} chars, {walker.Statements} statements, {walker.Guests} guests/domUs, {clock.ElapsedMilliseconds} ms {problem}"));
        return problem.Length == 0 ? 0 : 1;
    }

    private static string? FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TopoLang.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    private sealed class Walker(string text)
    {
        public int Statements { get; private set; }

        public int Guests { get; private set; }

        public string? Problem { get; private set; }

        public void Visit(CharStatement statement)
        {
            Statements++;
            CheckRange(statement);
            switch (statement)
            {
                case CharEntry entry:
                    VisitIdentifier(entry.Name);
                    if (entry.Name.Name is "guest" or "domu")
                    {
                        Guests++;
                    }

                    foreach (CharValue value in entry.Values)
                    {
                        VisitValue(value);
                    }

                    VisitBlock(entry.Block);
                    break;
                case CharFor loop:
                    VisitIdentifier(loop.Variable);
                    VisitValue(loop.From);
                    VisitValue(loop.To);
                    VisitBlock(loop.Body);
                    break;
                case CharParam param:
                    VisitIdentifier(param.Name);
                    VisitIdentifier(param.Type);
                    if (param.Default is not null)
                    {
                        VisitValue(param.Default);
                    }

                    break;
                case CharHeader header:
                    foreach (CharIdentifier part in header.Name)
                    {
                        VisitIdentifier(part);
                    }

                    break;
                case CharImport import:
                    VisitValue(import.Path);
                    break;
            }
        }

        private void VisitBlock(CharBlock? block)
        {
            if (block is null)
            {
                return;
            }

            CheckRange(block);
            if (text[block.Range.Start] != '{' || text[block.Range.End - 1] != '}')
            {
                Problem ??= $"block span {block.Range} does not cover its braces";
            }

            foreach (CharStatement statement in block.Statements)
            {
                Visit(statement);
            }
        }

        private void VisitValue(CharValue value)
        {
            CheckRange(value);
            switch (value)
            {
                case CharIdentifier id:
                    VisitIdentifier(id);
                    break;
                case CharList list:
                    foreach (CharValue item in list.Items)
                    {
                        VisitValue(item);
                    }

                    break;
                case CharString s when text[s.Range.Start] != '"' || text[s.Range.End - 1] != '"':
                    Problem ??= $"string span {s.Range} does not cover its quotes";
                    break;
            }
        }

        private void VisitIdentifier(CharIdentifier id)
        {
            CheckRange(id);
            if (!text.AsSpan(id.Range.Start, id.Range.Length).SequenceEqual(id.Name))
            {
                Problem ??= $"identifier '{id.Name}' has span {id.Range} over '{text.Substring(id.Range.Start, id.Range.Length)}'";
            }
        }

        private void CheckRange(CharNode node)
        {
            if (node.Range.Start < 0 || node.Range.Length <= 0 || node.Range.End > text.Length)
            {
                Problem ??= $"{node.GetType().Name} has span {node.Range} outside the text";
            }
        }
    }
}
