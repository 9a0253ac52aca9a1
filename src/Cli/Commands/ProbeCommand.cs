using System.CommandLine;
using System.Globalization;
using System.Linq;
using TopoLang.Compiler;
using TopoLang.Compiler.Diagnostics;
using TopoLang.Compiler.Emit;
using TopoLang.Runtime.Probing;

namespace TopoLang.Cli.Commands;

/// <summary>
/// `topo probe`: this machine's CPU vendor, flags, memory and /dev/kvm, each reported as found
/// (a VM may have a working /dev/kvm without vmx/svm in its flags). With `FILE --host NAME`:
/// whether this machine can be that host (exit 0) or what it lacks (exit 1). FILE is compiled
/// first, with the options of the other commands (a plan's validate-host step passes its `-p`
/// values and `--root`), and with an error in it nothing is probed (exit 1).
/// </summary>
internal static class ProbeCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var file = new Argument<string?>("FILE") { Description = "A topology whose host this machine should be.", Arity = ArgumentArity.ZeroOrOne };
        var host = new Option<string?>("--host") { Description = "The host of FILE to compare this machine with.", HelpName = "NAME" };
        var options = new CompilerOptions();
        var command = new Command("probe", "Show this machine's virtualization facts, or check that it can be a declared host.");
        command.Arguments.Add(file);
        command.Options.Add(host);
        options.AddTo(command);
        command.SetAction(result =>
        {
            var (path, hostName) = (result.GetValue(file), result.GetValue(host));
            if ((path is null) != (hostName is null))
            {
                throw new UsageException("give both FILE and --host NAME, or neither");
            }

            return path is null || hostName is null
                ? PrintFacts(environment, HostProbe.Probe())
                : Fit(environment, path, hostName, options.GetCompilationOptions(result));
        });
        return command;
    }

    private static int Fit(CliEnvironment environment, string path, string hostName, TopoCompilationOptions options)
    {
        var compilation = SourceLoader.Compile(new[] { path }, options).Single();
        new MsBuildDiagnosticFormatter().Render(environment.Error, compilation.GetDiagnostics());
        if (compilation.HasErrors)
        {
            environment.Error.WriteLine($"topo: '{path}' has errors: fix them first; this machine was not probed");
            return ExitCodes.Errors;
        }

        var declared = compilation.Model.FindHost(hostName)
            ?? throw new UsageException($"'{path}' declares no host '{hostName}' (hosts: {string.Join(", ", compilation.Model.Hosts.Select(h => h.Name.Value))})");
        var facts = HostProbe.Probe();
        PrintFacts(environment, facts);
        var missing = HostFit.Missing(RuntimeObjects.Host(declared), facts);
        if (missing.Count == 0)
        {
            environment.Out.WriteLine($"this machine can be host '{hostName}'");
            return ExitCodes.Success;
        }

        environment.Out.WriteLine($"this machine cannot be host '{hostName}':");
        foreach (var lack in missing)
        {
            environment.Out.WriteLine("  - " + lack);
        }

        return ExitCodes.Errors;
    }

    private static int PrintFacts(CliEnvironment environment, ProbeFacts facts)
    {
        var output = environment.Out;
        output.WriteLine($"cpu vendor:     {(facts.Vendor?.ToString().ToLowerInvariant() ?? "unknown")}{(facts.VendorId is { } id ? $" ({id})" : string.Empty)}");
        output.WriteLine($"cpu model:      {facts.ModelName ?? "unknown"}");
        output.WriteLine($"architecture:   {(facts.Arch?.ToString().ToLowerInvariant() ?? "unknown")}");
        output.WriteLine($"logical cpus:   {(facts.CpuKnown ? facts.LogicalCpus.ToString(CultureInfo.InvariantCulture) : "unknown")}");
        output.WriteLine($"memory:         {(facts.Memory is { } memory ? Approximate(memory.Bytes) : "unknown")}");
        output.WriteLine($"vmx/svm flag:   {(facts.HasFlag("vmx") ? "vmx (Intel VT-x)" : facts.HasFlag("svm") ? "svm (AMD-V)" : "none in /proc/cpuinfo")}");
        output.WriteLine($"/dev/kvm:       {facts.KvmDevice switch { KvmDeviceState.Accessible => "present and usable", KvmDeviceState.PresentNotAccessible => "present but cannot be opened", _ => "missing" }}");
        output.WriteLine($"virtualized:    {(facts.LooksVirtualized ? "yes (the 'hypervisor' flag is set: this is a virtual machine)" : "no sign of it")}");
        return ExitCodes.Success;
    }

    private static string Approximate(long bytes) => (bytes / (double)(1L << 30)).ToString("0.0", CultureInfo.InvariantCulture) + " GiB";
}
