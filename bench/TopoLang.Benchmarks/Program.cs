using BenchmarkDotNet.Running;
using TopoLang.Benchmarks.CharLevel;

namespace TopoLang.Benchmarks;

public static class Program
{
    public static int Main(string[] args)
    {
        // `--smoke [FILE...]`: parse the generated 1k/10k files and the example, then stop.
        if (args.Length > 0 && args[0] == "--smoke")
        {
            return SmokeCheck.Run(args[1..]);
        }

        // `--stages FILE [--no-gc]`: one cold compile, stage by stage (see StageTimes).
        if (args.Length > 0 && args[0] == "--stages")
        {
            return StageTimes.Run(args[1..]);
        }

        // `--build-stages FILE OUT`: one cold `topo build`, stage by stage (see BuildStageTimes).
        if (args.Length > 0 && args[0] == "--build-stages")
        {
            return BuildStageTimes.Run(args[1..]);
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
