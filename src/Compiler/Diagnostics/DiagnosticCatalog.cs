using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System;
using TopoLang.Compiler.Semantics.Names;

namespace TopoLang.Compiler.Diagnostics;

/// <summary>
/// Every diagnostic code of docs/language.md, "Diagnostics". Codes are stable once shipped: add new ones, never
/// renumber. Each descriptor is the short part of a code: severity, title, message format and help
/// line. What goes in each placeholder is said by the parameters of the code's method in
/// <see cref="DiagnosticFactory"/>, the only place that formats a message; the page `topo explain`
/// prints is Explanations/CODE.md, an embedded resource. Messages start in lower case and carry
/// no final period, so they read well after "error TOPO2001: ".
/// </summary>
public static class DiagnosticCatalog
{
    // ---- TOPO0xxx: lexical and syntax ----

    public static readonly DiagnosticDescriptor UnexpectedCharacter = Error(
        "TOPO0001",
        "Unexpected character",
        "{0}",
        "remove the character, close the string with '\"' on the same line, or close the comment with '*/'");

    public static readonly DiagnosticDescriptor SyntaxError = Error(
        "TOPO0002",
        "Syntax error",
        "expected {0}, found {1}",
        "make the statement match the grammar; a block's '{' must stand on its entry's line");

    // ---- TOPO1xxx: binding ----

    public static readonly DiagnosticDescriptor EntryNotAllowed = Error(
        "TOPO1001",
        "Entry not allowed here",
        "'{0}' is not allowed in {1}{2}",
        "move the entry into a block that takes it, or fix its spelling");

    public static readonly DiagnosticDescriptor DuplicateName = Error(
        "TOPO1002",
        "Duplicate name",
        "the name '{0}' is already used by the {1} declared earlier",
        "rename one of the two; names share one namespace per topology");

    public static readonly DiagnosticDescriptor UndeclaredName = Error(
        "TOPO1003",
        "Undeclared name",
        "no {0} named '{1}'{2}",
        "declare the name, or change the reference to name something of the right kind");

    public static readonly DiagnosticDescriptor WrongValue = Error(
        "TOPO1004",
        "Wrong value",
        "'{0}' expects {1}, found {2}",
        "write the value in the form the entry expects");

    public static readonly DiagnosticDescriptor MissingEntry = Error(
        "TOPO1005",
        "Missing required entry",
        "{0} is missing the required entry '{1}'",
        "add the missing entry to the block");

    public static readonly DiagnosticDescriptor DuplicateEntry = Error(
        "TOPO1006",
        "Duplicate entry",
        "'{0}' is given twice in {1}, which takes it once",
        "remove one of the two entries");

    public static readonly DiagnosticDescriptor ValueOutOfRange = Error(
        "TOPO1007",
        "Value out of range",
        "'{0}' must be {1}, found {2}",
        "use a value inside the allowed range");

    public static readonly DiagnosticDescriptor ImportFailed = Error(
        "TOPO1008",
        "Import failed",
        "cannot import '{0}': {1}",
        "fix the path (relative to the importing file, inside the project root) or break the cycle");

    public static readonly DiagnosticDescriptor UnknownCpuFlag = Warning(
        "TOPO1009",
        "Unknown CPU flag",
        "unknown CPU flag '{0}'{1}",
        "use a flag name from the CPU flag table, or remove it");

    public static readonly DiagnosticDescriptor IdentifierCollision = Warning(
        "TOPO1010",
        "Identifier collision",
        "'{0}' and '{1}' both become the C# identifier '{2}'; '{1}' is generated as '{3}'",
        "rename one of the two so that their C# identifiers differ");

    // ---- TOPO2xxx: CPU and hypervisor ----

    public static readonly DiagnosticDescriptor KvmWithoutVirtualization = Error(
        "TOPO2001",
        "KVM without hardware virtualization",
        "host '{0}' runs KVM but its {1} CPU lacks '{2}' ({3})",
        "add 'vmx' (intel) or 'svm' (amd) to the CPU's features if the CPU has it, or use 'hypervisor qemu'");

    public static readonly DiagnosticDescriptor ForeignCpuFlag = Error(
        "TOPO2002",
        "CPU flag of another vendor",
        "'{0}' ({1}) is an {2} CPU flag, but host '{3}' has an {4} CPU{5}",
        "use this vendor's equivalent flag (vmx/svm, ept/npt, vt-d/amd-vi) or correct the CPU vendor");

    public static readonly DiagnosticDescriptor KvmWithoutSecondLevelTranslation = Warning(
        "TOPO2003",
        "KVM without second-level address translation",
        "host '{0}' runs KVM but its {1} CPU lacks '{2}' ({3}); guests will use slower shadow page tables",
        "add 'ept' (intel) or 'npt' (amd) to the CPU's features if the CPU has it");

    public static readonly DiagnosticDescriptor QemuWithoutAcceleration = Warning(
        "TOPO2004",
        "QEMU without acceleration",
        "host '{0}' runs QEMU without acceleration (accel {1}): its guests are emulated, far slower than under KVM",
        "use 'hypervisor kvm' if the host has 'vmx' or 'svm'; keep QEMU only for emulation on purpose");

    public static readonly DiagnosticDescriptor GuestArchMismatch = Error(
        "TOPO2005",
        "Guest architecture differs from host",
        "{0} is {1} but {2} is {3}; {4} cannot run a guest of another architecture",
        "remove the guest's 'arch', or run it on a host of that architecture or under 'hypervisor qemu'");

    public static readonly DiagnosticDescriptor NestedWithoutSupport = Error(
        "TOPO2006",
        "Nested virtualization not enabled",
        "{0} runs {1}, but the {2} hypervisor under it, on {3}, lacks 'nested true'",
        "add 'nested true' to the hypervisor that runs this guest");

    // ---- TOPO3xxx: Xen ----

    public static readonly DiagnosticDescriptor XenWithoutDom0 = Error(
        "TOPO3001",
        "Xen without dom0",
        "Xen on {0} has no dom0",
        "add 'dom0 { vcpus N; memory SIZE }' to the xen block");

    public static readonly DiagnosticDescriptor SecondDom0 = Error(
        "TOPO3002",
        "Second dom0",
        "Xen on {0} already has a dom0; a Xen host has exactly one",
        "keep one dom0; give other backends their own 'driver_domain'");

    public static readonly DiagnosticDescriptor HardwareDomUWithoutVirtualization = Error(
        "TOPO3003",
        "HVM or PVH domU without hardware virtualization",
        "domU '{0}' runs in {1} mode, which needs '{2}' ({3}), but host '{4}' lacks it",
        "add 'vmx' (intel) or 'svm' (amd) if the CPU has it, or use 'mode pv' for a linux or bsd guest");

    public static readonly DiagnosticDescriptor PvDomUUnsupportedOs = Error(
        "TOPO3004",
        "Paravirtualized domU with an unsupported OS",
        "domU '{0}' runs in pv mode{2}, but its os, {1}, cannot run paravirtualized; only {3} can",
        "use 'mode hvm' (with 'pv_drivers true') for this OS");

    public static readonly DiagnosticDescriptor WindowsHvmWithoutPvDrivers = Warning(
        "TOPO3005",
        "Windows HVM domU without PV drivers",
        "{0} domU '{1}' runs in hvm mode without 'pv_drivers true'; its disk and network I/O will be emulated and slow",
        "install Xen PV drivers in the guest and add 'pv_drivers true'");

    public static readonly DiagnosticDescriptor MissingBackend = Error(
        "TOPO3006",
        "Missing backend",
        "{0} of domU '{1}' has no backend: {2}",
        "add 'net' or 'block' to the backend domain's 'backends', or serve the domU from a domain that has it");

    public static readonly DiagnosticDescriptor XenDomainMisplaced = Error(
        "TOPO3007",
        "Xen domain entry outside Xen",
        "'{0}' is not allowed in {1}; {2}",
        "use 'domu' for guests under Xen and 'guest' under kvm or qemu; dom0 and driver_domain belong in 'hypervisor xen'");

    // ---- TOPO4xxx: capacity ----

    public static readonly DiagnosticDescriptor HostMemoryExceeded = Error(
        "TOPO4001",
        "Host memory exceeded",
        "host '{0}' cannot hold its guests: they need {1}, it has {2}",
        "add memory, shrink or move guests, or lower 'reserved_memory'; raise 'ram_allocation_ratio' only if you overcommit on purpose");

    public static readonly DiagnosticDescriptor HostVcpusExceeded = Warning(
        "TOPO4002",
        "Host vCPUs exceeded",
        "host '{0}' is overcommitted: its guests need {1} vCPUs, it has {2}",
        "add cores, give guests fewer vCPUs, or raise 'cpu_allocation_ratio' if you overcommit on purpose");

    public static readonly DiagnosticDescriptor GuestVcpusExceedThreads = Warning(
        "TOPO4003",
        "Guest vCPUs exceed host threads",
        "{0} has {1} vCPUs but host '{2}' has only {3} threads ({4})",
        "give the guest at most as many vCPUs as the host has threads");

    public static readonly DiagnosticDescriptor PrivateCloudDoesNotFit = Error(
        "TOPO4004",
        "Private cloud does not fit its hosts",
        "instance '{0}' of deployment '{1}' does not fit cloud '{2}': it needs {3}; {4}",
        "add compute hosts or memory, or lower the instances' count, 'scale out' max or flavor");

    // ---- TOPO5xxx: networks ----

    public static readonly DiagnosticDescriptor InvalidAddress = Error(
        "TOPO5001",
        "Invalid address",
        "'{0}' is not a valid {1}: {2}",
        "write an IPv4 or IPv6 address; a CIDR's prefix is at most 32 (IPv4) or 128 (IPv6)");

    public static readonly DiagnosticDescriptor NetworksOverlap = Warning(
        "TOPO5002",
        "Networks overlap",
        "network '{0}' ({1}) overlaps network '{2}' ({3})",
        "give the networks disjoint address ranges");

    public static readonly DiagnosticDescriptor AddressOutsideNetwork = Error(
        "TOPO5003",
        "Address outside network",
        "address '{0}' {1}",
        "use a host address inside the network's CIDR that neither the gateway nor another nic uses");

    // ---- TOPO6xxx: clouds ----

    public static readonly DiagnosticDescriptor ScalingModeNotOffered = Error(
        "TOPO6001",
        "Scaling mode not offered",
        "scale {0} is not offered by provider '{1}' of cloud '{2}' (it offers: {3})",
        "remove the 'scale' entry or use a provider that offers this mode (kt-cloud-d1 offers up and out)");

    public static readonly DiagnosticDescriptor ServiceNotOffered = Error(
        "TOPO6002",
        "Service not offered",
        "service '{0}' is not offered by provider '{1}' of cloud '{2}' (it offers: {3})",
        "drop the service or use a provider that offers it (kt-cloud-d1 offers all of them)");

    public static readonly DiagnosticDescriptor HypervisorNotSupportedByPlatform = Error(
        "TOPO6003",
        "Hypervisor not supported by platform",
        "compute host '{0}' of cloud '{1}' {2}",
        "run a hypervisor the platform supports (OpenStack: kvm, qemu, xen; CloudStack: kvm, xen), one kind per CloudStack cloud");

    public static readonly DiagnosticDescriptor QuotaExceeded = Error(
        "TOPO6004",
        "Quota exceeded",
        "instance '{0}' of deployment '{1}' exceeds the {2} quota of cloud '{3}': {4} needed, the quota is {5}",
        "raise the cloud's quota, or lower the instances' count, 'scale out' max or flavor");

    // ---- TOPO9xxx: limits ----

    public static readonly DiagnosticDescriptor LimitExceeded = Error(
        "TOPO9001",
        "Limit exceeded",
        "{0}",
        "split the input into smaller files, reduce its nesting, or shorten the value");

    /// <summary>Every descriptor, ordered by code.</summary>
    public static readonly ImmutableArray<DiagnosticDescriptor> All = ImmutableArray.Create(
        UnexpectedCharacter,
        SyntaxError,
        EntryNotAllowed,
        DuplicateName,
        UndeclaredName,
        WrongValue,
        MissingEntry,
        DuplicateEntry,
        ValueOutOfRange,
        ImportFailed,
        UnknownCpuFlag,
        IdentifierCollision,
        KvmWithoutVirtualization,
        ForeignCpuFlag,
        KvmWithoutSecondLevelTranslation,
        QemuWithoutAcceleration,
        GuestArchMismatch,
        NestedWithoutSupport,
        XenWithoutDom0,
        SecondDom0,
        HardwareDomUWithoutVirtualization,
        PvDomUUnsupportedOs,
        WindowsHvmWithoutPvDrivers,
        MissingBackend,
        XenDomainMisplaced,
        HostMemoryExceeded,
        HostVcpusExceeded,
        GuestVcpusExceedThreads,
        PrivateCloudDoesNotFit,
        InvalidAddress,
        NetworksOverlap,
        AddressOutsideNetwork,
        ScalingModeNotOffered,
        ServiceNotOffered,
        HypervisorNotSupportedByPlatform,
        QuotaExceeded,
        LimitExceeded);

    // Declared after All: static fields initialize in textual order.
    private static readonly Dictionary<string, DiagnosticDescriptor> ByCode =
        All.ToDictionary(descriptor => descriptor.Code, StringComparer.OrdinalIgnoreCase);

    /// <summary>Finds a descriptor by code, ignoring case (`topo explain topo2001` works).</summary>
    public static bool TryGet(string code, [MaybeNullWhen(false)] out DiagnosticDescriptor descriptor)
    {
        if (code is not null && ByCode.TryGetValue(code, out var found))
        {
            descriptor = found;
            return true;
        }

        descriptor = null;
        return false;
    }

    private static DiagnosticDescriptor Error(string code, string title, string messageFormat, string help) =>
        new(code, DiagnosticSeverity.Error, title, messageFormat, help);

    private static DiagnosticDescriptor Warning(string code, string title, string messageFormat, string help) =>
        new(code, DiagnosticSeverity.Warning, title, messageFormat, help);
}
