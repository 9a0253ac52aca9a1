namespace TopoLang.Cli;

public static class Program
{
    public static int Main(string[] args) => TopoCli.Run(args, CliEnvironment.FromConsole());
}
