
namespace TopoLang.Compiler.Catalog;

/// <summary>What a way of running guests needs from the CPU, and whether it can run another architecture.</summary>
public sealed record HypervisorInfo(string Name, bool NeedsHardwareVirtualization, bool CanEmulateOtherArchitectures, string Description);
