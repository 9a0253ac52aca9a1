using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;

namespace TopoLang.Compiler.Diagnostics;

/// <summary>
/// Every diagnostic code of docs/language.md, "Diagnostics". Codes are stable once shipped: add new ones, never
/// renumber. Message arguments are already-formatted strings; each field's summary says what
/// goes in which placeholder. Messages start in lower case and carry no final period, so they
/// read well after "error TOPO2001: ".
/// </summary>
public static class DiagnosticCatalog
{
    // ---- TOPO0xxx: lexical and syntax ----

    /// <summary>{0}: the whole sentence, e.g. "unexpected character '@'" or "unterminated string".</summary>
    public static readonly DiagnosticDescriptor UnexpectedCharacter = Error(
        "TOPO0001",
        "Unexpected character",
        "{0}",
        "remove the character, close the string with '\"' on the same line, or close the comment with '*/'",
        """
        ## What it checks
        The lexer found text that cannot start any token: a character that is not part of the
        language (such as `@`, `#` or `$` outside a string), a string with no closing `"` on its
        line, or a block comment `/*` with no closing `*/`.

        ## Why it matters
        A string cannot hold a raw line break, so an unterminated string ends at the end of its
        line and the next line is read normally; an unclosed block comment swallows the rest of
        the file. TopoLang comments are `//` and `/* */` only: `#` is not a comment.

        ## Example
        ```topo
        network lan {
          // the string has no closing quote: it ends at the end of its line
          cidr "10.0.1.0/24
          // '#' does not start a comment in TopoLang
          vlan 10 # office
        }
        ```

        ## Fix
        Close the string on the same line (`cidr "10.0.1.0/24"`), write comments with `//` or
        `/* ... */`, and close every block comment. Inside a string, write a quote as `\"`, a
        backslash as `\\`, a line break as `\n`, a tab as `\t`, any character as `\u{XXXX}`.
        """);

    /// <summary>{0}: what the grammar wanted ("':'", "a value"); {1}: the token found ("'='", "end of file").</summary>
    public static readonly DiagnosticDescriptor SyntaxError = Error(
        "TOPO0002",
        "Syntax error",
        "expected {0}, found {1}",
        "make the statement match the grammar; a block's '{' must stand on its entry's line",
        """
        ## What it checks
        The tokens are valid but their order does not fit the grammar: a missing `:` in a
        `param`, a missing `]` or `}`, a value where a name is expected, a `{` on the line after
        its entry. At the end of the input the error is reported at the end of the last token.

        ## Why it matters
        A statement ends at a newline or `;`, so a block's `{` must stand on its entry's line:
        on the next line, the entry has already ended. The parser recovers at the next statement
        boundary and keeps going, so the rest of the file is still checked; fix the first syntax
        error first, since a later one may follow from it.

        ## Example
        ```topo
        param web_count = 3        // expected ':', found '='
        ```

        ## Fix
        Write the statement as the grammar expects it, here `param web_count: int = 3`. A param
        has a type (`int`, `number`, `string`, `bool`, `size`); a block opens on its entry's line
        (`host kvm-01 {`).
        """);

    // ---- TOPO1xxx: binding ----

    /// <summary>{0}: the entry word; {1}: where ("host 'kvm-01'", "the top level"); {2}: "" or "; did you mean 'memory'?".</summary>
    public static readonly DiagnosticDescriptor EntryNotAllowed = Error(
        "TOPO1001",
        "Entry not allowed here",
        "'{0}' is not allowed in {1}{2}",
        "move the entry into a block that takes it, or fix its spelling",
        """
        ## What it checks
        Each block takes a fixed set of entries, listed in the language reference's schema: a
        `host` takes `arch`, `cpu`, `memory`, `storage` and `hypervisor`; a `network` takes
        `cidr`, `gateway`, `vlan` and `mode`; and so on. An entry word the enclosing block does
        not take is reported, with the closest allowed word as a suggestion. `topology` and `namespace` may appear once each,
        before any other statement and only in the entry file; `import` and `param` only at the
        top level. Xen domains in the wrong place are TOPO3007 instead.

        ## Why it matters
        Words such as `host`, `cpu` and `memory` are not keywords: the schema gives them their
        meaning per block. An unknown word is almost always a typo or an entry in the wrong
        block, and ignoring it would silently drop part of the topology.

        ## Example
        ```topo
        host kvm-01 {
          cpu intel { cores 8; features [vmx, ept] }
          memory 64 GiB
          vlan 10                  // 'vlan' belongs to a network
          hypervisor kvm { }
        }
        ```
        A misspelt `memroy 64 GiB` is reported the same way, with "did you mean 'memory'?"; the
        host then also lacks `memory` (TOPO1005).

        ## Fix
        Move the entry into the block that takes it (here a `network`), or correct its spelling.
        """);

    /// <summary>{0}: the name; {1}: the kind of the earlier declaration ("host", "network", "param").</summary>
    public static readonly DiagnosticDescriptor DuplicateName = Error(
        "TOPO1002",
        "Duplicate name",
        "the name '{0}' is already used by the {1} declared earlier",
        "rename one of the two; names share one namespace per topology",
        """
        ## What it checks
        Hosts, guests, Xen domains, networks, providers, clouds, deployments and instances share
        one namespace per topology, across the entry file, its imports and the prelude (which
        declares the providers `kt-cloud-d1`, `kt-cloud-g1` and `kt-cloud-g2`). Params and loop
        variables may not share a name with any of them either. Names are case-sensitive. The
        second declaration is reported, with a note at the first.

        ## Why it matters
        References such as `nic lan`, `compute [kvm-01]` and `cloud prod` find their target by
        name alone, in any order, so two things with one name would make them ambiguous. The
        generated artifacts are named after the entities as well (`hosts/<host>/<guest>.xml`).

        ## Example
        ```topo
        network web { cidr "10.0.1.0/24" }

        host kvm-01 {
          cpu intel { cores 8; features [vmx, ept] }
          memory 64 GiB
          hypervisor kvm {
            guest web { os linux; vcpus 2; memory 4 GiB }     // 'web' is the network's name
          }
        }
        ```

        ## Fix
        Rename one of them, e.g. `network web-net`, and update the references to it.
        """);

    /// <summary>{0}: the kind wanted ("network"); {1}: the name; {2}: "", "; did you mean 'lan'?" or " ('web' is a host)".</summary>
    public static readonly DiagnosticDescriptor UndeclaredName = Error(
        "TOPO1003",
        "Undeclared name",
        "no {0} named '{1}'{2}",
        "declare the name, or change the reference to name something of the right kind",
        """
        ## What it checks
        Every reference must name a declaration of the right kind: `nic` and an instance's
        `network` name a network, `compute` names hosts, a deployment's `cloud` names a cloud, a
        cloud's `provider` names a provider, a domU's `backend` names a driver domain, and
        `${name}` in a string names a param or loop variable in scope. A name that nothing
        declares, or that names something of another kind, is reported.

        ## Why it matters
        Names resolve regardless of order: a network may be declared after the guest that uses
        it, in an imported file or in the prelude. So a reference that resolves nowhere is a typo
        or a missing declaration, and the artifacts built from it (a libvirt interface, a cloud
        with hosts) would point at nothing.

        ## Example
        ```topo
        host kvm-01 {
          cpu intel { cores 8; features [vmx, ept] }
          memory 64 GiB
          hypervisor kvm {
            guest web-1 {
              os linux; vcpus 2; memory 4 GiB
              nic lan                  // no network named 'lan'
            }
          }
        }
        ```

        ## Fix
        Declare it, anywhere in the topology or an imported file:
        `network lan { cidr "10.0.1.0/24" }`; or correct the reference.
        """);

    /// <summary>{0}: the entry word; {1}: what it takes ("a size such as 8 GiB", "one of linux, windows, bsd, other"); {2}: what was found.</summary>
    public static readonly DiagnosticDescriptor WrongValue = Error(
        "TOPO1004",
        "Wrong value",
        "'{0}' expects {1}, found {2}",
        "write the value in the form the entry expects",
        """
        ## What it checks
        The values after an entry word must match what the entry takes: their number
        (`vcpus 2 4`), their type (`memory "8"`), their unit (`memory 8 GHz`, or `memory 8` with
        none) and, for words from a fixed set, one of the allowed words, which the message lists
        (`os win`). A size must be a whole number of bytes (`1.5 GiB` is, `1.1 B` is not). A name
        written as a string must, after interpolation, be a valid identifier
        (`guest "web ${i}"` is not).

        ## Why it matters
        Units carry meaning and the compiler does not guess them: `64 GiB` is 68,719,476,736
        bytes, `64 GB` is 64,000,000,000. A value that cannot be read is not checked any further,
        so no other diagnostic will repeat this one.

        ## Example
        ```topo
        host kvm-01 {
          cpu intel { cores 8; features [vmx, ept] }
          memory 64                  // a size needs a unit
          hypervisor kvm { }
        }
        ```

        ## Fix
        Write the value as the message asks: here `memory 64 GiB`. Sizes take `B KiB MiB GiB TiB
        PiB` (binary) or `KB MB GB TB PB` (decimal); frequencies `MHz GHz`; bandwidth
        `Mbps Gbps`; durations `ms s min h d`; money `KRW USD EUR` (monthly).
        """);

    /// <summary>{0}: the block ("host 'kvm-01'", "'cpu'"); {1}: the missing entry word.</summary>
    public static readonly DiagnosticDescriptor MissingEntry = Error(
        "TOPO1005",
        "Missing required entry",
        "{0} is missing the required entry '{1}'",
        "add the missing entry to the block",
        """
        ## What it checks
        Some entries are required (marked R in the language reference's schema): a host's
        `cpu`, `memory` and `hypervisor`; a cpu's `cores`; a guest's or domU's `os`, `vcpus` and `memory`; dom0's
        `vcpus` and `memory`; a driver domain's `vcpus`, `memory` and `backends`; a network's
        `cidr`; a provider's `platform`; a cloud's `platform` unless it names a `provider`; a
        deployment's `cloud`; an instance's `image` and `flavor`. The block's entry word is
        reported. An entry that is present with a bad value counts as present. A Xen hypervisor
        without `dom0` is TOPO3001.

        ## Why it matters
        The checks and the generated artifacts need these facts: a guest without memory would
        pass every capacity check, and libvirt cannot define a domain without it. A default would
        hide the omission, so there is none.

        ## Example
        ```topo
        host kvm-01 {
          cpu intel { cores 8; features [vmx, ept] }
          hypervisor kvm { }
        }
        ```
        Here host 'kvm-01' is missing the required entry 'memory'.

        ## Fix
        Add the entry, here `memory 64 GiB`.
        """);

    /// <summary>{0}: the entry word; {1}: the block ("host 'kvm-01'").</summary>
    public static readonly DiagnosticDescriptor DuplicateEntry = Error(
        "TOPO1006",
        "Duplicate entry",
        "'{0}' is given twice in {1}, which takes it once",
        "remove one of the two entries",
        """
        ## What it checks
        An entry may appear once per block unless it is repeatable: `guest`, `domu`,
        `driver_domain`, `disk`, `nic` and `instance` are. `scale` is keyed by its mode, so
        `scale out` and `scale up` may each appear once. The second entry is reported, with a
        note at the first. A second `dom0` is TOPO3002 instead.

        ## Why it matters
        One of the two values would have to win silently, and which one you meant is unclear.

        ## Example
        ```topo
        host kvm-01 {
          cpu intel { cores 8; features [vmx, ept] }
          memory 64 GiB
          memory 128 GiB
          hypervisor kvm { }
        }
        ```

        ## Fix
        Keep the entry with the value you mean and delete the other.
        """);

    /// <summary>{0}: the entry word (or "range"); {1}: the allowed range ("between 1 and 4094"); {2}: the value found.</summary>
    public static readonly DiagnosticDescriptor ValueOutOfRange = Error(
        "TOPO1007",
        "Value out of range",
        "'{0}' must be {1}, found {2}",
        "use a value inside the allowed range",
        """
        ## What it checks
        The value has the right type but lies outside what the entry allows: a count that must
        be positive (`cores 0`), a `vlan` outside 1..4094, an allocation ratio of 0 or less, a
        `for` range whose end is below its start (`for i in 5..1`), or a size too large to count
        in bytes.

        ## Why it matters
        These values cannot describe a real system: an 802.1Q VLAN id has 12 bits and 0 and 4095
        are reserved; a host with zero cores has no threads to run guests; a ratio of 0 leaves no
        capacity at all.

        ## Example
        ```topo
        network lan {
          cidr "10.0.1.0/24"
          vlan 5000
        }
        ```

        ## Fix
        Use a value inside the range the message gives, here a `vlan` between 1 and 4094.
        """);

    /// <summary>{0}: the import path as written; {1}: why ("no such file", "it is outside the project root '...'", "a.topo -> b.topo -> a.topo is a cycle").</summary>
    public static readonly DiagnosticDescriptor ImportFailed = Error(
        "TOPO1008",
        "Import failed",
        "cannot import '{0}': {1}",
        "fix the path (relative to the importing file, inside the project root) or break the cycle",
        """
        ## What it checks
        `import "path"` reads another .topo file, relative to the importing file. It fails when
        the file does not exist or cannot be read, when it lies outside the project root
        (`--root DIR`; by default the entry file's folder), or when imports form a cycle
        (`a.topo` imports `b.topo`, which imports `a.topo`). The import's string is reported.

        ## Why it matters
        Keeping imports inside the project root means a build reads only the project's own
        files, whatever a .topo file says, and builds the same on every machine. A cycle has no
        order in which its files could be loaded.

        ## Example
        ```topo
        // lab.topo
        import "common/networks.topo"      // no such file next to lab.topo
        import "../../secrets/hosts.topo"  // outside the project root
        ```

        ## Fix
        Correct the path, move shared files under the project root, or pass `--root` a folder
        that holds all of them. To break a cycle, move what both files need into a third file
        that each of them imports.
        """);

    /// <summary>{0}: the flag; {1}: "" or "; did you mean 'avx512f'?".</summary>
    public static readonly DiagnosticDescriptor UnknownCpuFlag = Warning(
        "TOPO1009",
        "Unknown CPU flag",
        "unknown CPU flag '{0}'{1}",
        "use a flag name from the CPU flag table, or remove it",
        """
        ## What it checks
        Every name in a cpu's `features` list is looked up in the flag table: `vmx` `ept` `vt-d`
        `vpid` `tdx` (Intel), `svm` `npt` `amd-vi` `sev` `sev-es` `sev-snp` `avic` (AMD), and
        `aes` `avx` `avx2` `avx512f` `sse4_2` `x2apic` `rdrand` `pdpe1gb` (either vendor). A name
        in no list is reported, with the closest known flag as a suggestion.

        ## Why it matters
        The checks read these flags: `vmx`/`svm` decide whether KVM can run (TOPO2001), `ept`/
        `npt` whether it runs fast (TOPO2003). A misspelt flag counts for nothing, so `vtx` leaves
        the host without hardware virtualization. It is a warning because real CPUs have many
        more flags than the table, and an unknown one does no harm by itself.

        ## Example
        ```topo
        host kvm-01 {
          cpu intel { cores 8; features [vmx, ept, avx-512] }   // did you mean 'avx512f'?
          memory 64 GiB
          hypervisor kvm { }
        }
        ```

        ## Fix
        Use the table's spelling (the names Linux shows in /proc/cpuinfo), or remove the flag.
        """);

    /// <summary>{0}: the earlier name; {1}: the later name; {2}: the C# identifier both become; {3}: what the later one is generated as.</summary>
    public static readonly DiagnosticDescriptor IdentifierCollision = Warning(
        "TOPO1010",
        "Identifier collision",
        "'{0}' and '{1}' both become the C# identifier '{2}'; '{1}' is generated as '{3}'",
        "rename one of the two so that their C# identifiers differ",
        """
        ## What it checks
        The build writes C# models in which every entity has an identifier derived from its
        TopoLang name. TopoLang names may contain `-`, which C# identifiers cannot, so the names
        are converted; two different names can come out as the same identifier. The message
        names both and the identifier; the second name is reported.

        ## Why it matters
        A C# type cannot hold two members of one name, so the generated code cannot expose both
        entities under the identifier you would expect from their names.

        ## Example
        ```topo
        network web-net { cidr "10.0.1.0/24" }
        network web_net { cidr "10.0.2.0/24" }    // may convert to the same identifier
        ```

        ## Fix
        Rename one of the two so that they differ by more than punctuation, e.g. `web-front` and
        `web-back`.
        """);

    // ---- TOPO2xxx: CPU and hypervisor ----

    /// <summary>{0}: the host; {1}: the vendor ("intel"); {2}: the flag ("vmx"); {3}: its name ("Intel VT-x").</summary>
    public static readonly DiagnosticDescriptor KvmWithoutVirtualization = Error(
        "TOPO2001",
        "KVM without hardware virtualization",
        "host '{0}' runs KVM but its {1} CPU lacks '{2}' ({3})",
        "add 'vmx' (intel) or 'svm' (amd) to the CPU's features if the CPU has it, or use 'hypervisor qemu'",
        """
        ## What it checks
        A host whose `hypervisor` is `kvm` needs the hardware virtualization flag of its CPU's
        vendor in `features`: `vmx` (Intel VT-x) for `cpu intel`, `svm` (AMD-V) for `cpu amd`.
        Reported once per host, at its `hypervisor` entry. A flag of the other vendor does not
        count (it is TOPO2002 as well). Hypervisors nested inside guests are not hosts and are
        not checked here (see TOPO2006).

        ## Why it matters
        KVM is a type-1 hypervisor in the Linux kernel that runs guest code directly on the CPU,
        using VT-x or AMD-V. Without them the kernel offers no /dev/kvm and a
        `<domain type='kvm'>` will not start. QEMU alone (TCG) can emulate the guest instead,
        without VT-x/AMD-V, but far more slowly.

        ## Example
        ```topo
        host kvm-01 {
          cpu intel { model "Xeon Gold 6338"; cores 32; features [ept, vt-d] }
          memory 256 GiB
          hypervisor kvm { }
        }
        ```
        Here host 'kvm-01' runs KVM but its intel CPU lacks 'vmx' (Intel VT-x).

        ## Fix
        If the CPU has the flag (see /proc/cpuinfo, or run `topo probe` on the machine), add it:
        `features [vmx, ept, vt-d]`, and make sure virtualization is enabled in the firmware. If
        it does not, use `hypervisor qemu` (emulation, see TOPO2004) or another host.
        """);

    /// <summary>{0}: the flag; {1}: its name ("Intel VT-x"); {2}: the vendor it belongs to; {3}: the host; {4}: the host's vendor; {5}: "" or "; the amd equivalent is 'svm' (AMD-V)".</summary>
    public static readonly DiagnosticDescriptor ForeignCpuFlag = Error(
        "TOPO2002",
        "CPU flag of another vendor",
        "'{0}' ({1}) is an {2} CPU flag, but host '{3}' has an {4} CPU{5}",
        "use this vendor's equivalent flag (vmx/svm, ept/npt, vt-d/amd-vi) or correct the CPU vendor",
        """
        ## What it checks
        A cpu's `features` list a flag that only the other vendor's CPUs have. Intel only: `vmx`,
        `ept`, `vt-d`, `vpid`, `tdx`. AMD only: `svm`, `npt`, `amd-vi`, `sev`, `sev-es`,
        `sev-snp`, `avic`. The flag is reported, with the vendor's own equivalent where there is
        exactly one (`vmx`/`svm`, `ept`/`npt`, `vt-d`/`amd-vi`).

        ## Why it matters
        Intel VT-x and AMD-V are different hardware with different flags: an AMD CPU never has
        `vmx`. Such a flag is usually copied from another host, or the `cpu` vendor is wrong. The
        flag counts for nothing, so it does not satisfy the checks that need the real one.

        ## Example
        ```topo
        host kvm-02 {
          cpu amd { model "EPYC 7543"; cores 32; features [vmx, npt] }
          memory 256 GiB
          hypervisor kvm { }
        }
        ```
        Here 'vmx' (Intel VT-x) is an intel CPU flag on an amd CPU, whose equivalent is 'svm'
        (AMD-V); and since the CPU then has no `svm`, the host also gets TOPO2001.

        ## Fix
        Use the vendor's own flag (`vmx` -> `svm`, `ept` -> `npt`, `vt-d` -> `amd-vi`), or
        correct the vendor (`cpu intel`).
        """);

    /// <summary>{0}: the host; {1}: the vendor; {2}: the flag ("ept"); {3}: its name ("Intel EPT").</summary>
    public static readonly DiagnosticDescriptor KvmWithoutSecondLevelTranslation = Warning(
        "TOPO2003",
        "KVM without second-level address translation",
        "host '{0}' runs KVM but its {1} CPU lacks '{2}' ({3}); guests will use slower shadow page tables",
        "add 'ept' (intel) or 'npt' (amd) to the CPU's features if the CPU has it",
        """
        ## What it checks
        A KVM host whose CPU lacks second-level address translation: `ept` (Intel EPT) for
        `cpu intel`, `npt` (AMD NPT, also called RVI) for `cpu amd`. Reported once per host, at
        its `hypervisor` entry.

        ## Why it matters
        With EPT/NPT the CPU translates guest-physical to host-physical addresses in hardware.
        Without it KVM keeps shadow page tables in software and must intervene whenever a guest
        changes its page tables, which slows memory-heavy guests markedly. Server CPUs have had
        it for well over a decade, so a missing flag is often just an incomplete `features` list.

        ## Example
        ```topo
        host kvm-01 {
          cpu intel { cores 16; features [vmx] }
          memory 128 GiB
          hypervisor kvm { }
        }
        ```

        ## Fix
        If the CPU has it, add the flag: `features [vmx, ept]`. If it really does not, the host
        works, only slower.
        """);

    /// <summary>{0}: the host; {1}: its accelerator ("tcg").</summary>
    public static readonly DiagnosticDescriptor QemuWithoutAcceleration = Warning(
        "TOPO2004",
        "QEMU without acceleration",
        "host '{0}' runs QEMU without acceleration (accel {1}): its guests are emulated, far slower than under KVM",
        "use 'hypervisor kvm' if the host has 'vmx' or 'svm'; keep QEMU only for emulation on purpose",
        """
        ## What it checks
        A host whose `hypervisor` is `qemu`: QEMU on its own, with the TCG accelerator (`accel
        tcg`, the only one it takes). Reported at the `hypervisor` entry.

        ## Why it matters
        QEMU alone is an emulator: it translates every guest instruction in software. It needs no
        VT-x/AMD-V and can run a guest of another architecture (an aarch64 guest on an x86_64
        host), but it is far slower than KVM, which uses QEMU only as the device model and runs
        guest code on the CPU. Good for CI and cross-architecture tests; rarely what production
        wants.

        ## Example
        ```topo
        host ci-01 {
          cpu amd { cores 8 }
          memory 32 GiB
          hypervisor qemu {
            guest arm-test { os linux; arch aarch64; vcpus 2; memory 4 GiB }
          }
        }
        ```

        ## Fix
        If the host has `vmx` or `svm`, run `hypervisor kvm` (QEMU stays its device model:
        `emulator qemu`). If emulation is what you want, keep it and silence the warning.
        """);

    /// <summary>{0}: the guest ("guest 'web'", "domU 'web'"); {1}: its arch; {2}: the machine under it ("host 'kvm-01'", "guest 'lab-hv' on host 'kvm-01'"); {3}: that machine's arch; {4}: "KVM" or "Xen".</summary>
    public static readonly DiagnosticDescriptor GuestArchMismatch = Error(
        "TOPO2005",
        "Guest architecture differs from host",
        "{0} is {1} but {2} is {3}; {4} cannot run a guest of another architecture",
        "remove the guest's 'arch', or run it on a host of that architecture or under 'hypervisor qemu'",
        """
        ## What it checks
        A guest or domU whose `arch` differs from its host's `arch` when the host runs KVM or
        Xen. A guest without `arch` takes the host's. The guest's `arch` entry is reported.
        Nested hypervisors are checked too: a guest that runs KVM or Xen is the machine of its
        own guests, with its own `arch` (or, without one, the arch of the machine under it).

        ## Why it matters
        KVM and Xen virtualize; they do not emulate. Guest code runs directly on the physical
        CPU, so an aarch64 guest cannot run on an x86_64 host. Only QEMU on its own (TCG)
        emulates another architecture.

        ## Example
        ```topo
        host kvm-01 {
          cpu intel { cores 16; features [vmx, ept] }
          memory 64 GiB
          hypervisor kvm {
            guest arm-build { os linux; arch aarch64; vcpus 4; memory 8 GiB }
          }
        }
        ```

        ## Fix
        Remove the guest's `arch`, move the guest to a host with `arch aarch64`, or place it on
        a host that runs `hypervisor qemu` (emulated, slow: TOPO2004).
        """);

    /// <summary>{0}: the guest ("guest 'lab-hv'", "domU 'lab-hv'"); {1}: the hypervisor it runs ("KVM"); {2}: the hypervisor under it ("Xen"); {3}: where that one is ("host 'kvm-01'", "guest 'outer' on host 'kvm-01'").</summary>
    public static readonly DiagnosticDescriptor NestedWithoutSupport = Error(
        "TOPO2006",
        "Nested virtualization not enabled",
        "{0} runs {1}, but the {2} hypervisor under it, on {3}, lacks 'nested true'",
        "add 'nested true' to the hypervisor that runs this guest",
        """
        ## What it checks
        A guest or domU with a `hypervisor` block of its own runs a hypervisor inside a virtual
        machine (nested virtualization). The hypervisor that runs that guest must say
        `nested true`. The guest's `hypervisor` entry is reported, with a note at the hypervisor
        below (at its `nested false` where written). This holds at every depth: a guest inside a
        nested hypervisor that runs yet another one needs `nested true` on that nested
        hypervisor. Nested hypervisors are not hosts, so TOPO2001-2003 do not apply to them.
        `hypervisor qemu` has no `nested` switch, so guests under it are not checked.

        ## Why it matters
        A hypervisor inside a guest needs VT-x/AMD-V inside that guest, and only the hypervisor
        below can provide them: KVM through nested support in kvm_intel/kvm_amd and a guest CPU
        that exposes `vmx`/`svm` (typically `cpu_mode host-passthrough`), Xen through
        `nestedhvm=1` in the domU's xl.cfg. Without it the inner hypervisor finds no hardware
        virtualization.

        ## Example
        ```topo
        host kvm-01 {
          cpu intel { cores 16; features [vmx, ept] }
          memory 128 GiB
          hypervisor kvm {
            guest lab-hv {
              os linux; vcpus 8; memory 32 GiB
              hypervisor kvm { }
            }
          }
        }
        ```

        ## Fix
        Enable nesting on the hypervisor below: `hypervisor kvm { nested true ... }` on
        kvm-01. Under Xen, `nested true` makes the build write `nestedhvm=1` for the domU.
        """);

    // ---- TOPO3xxx: Xen ----

    /// <summary>{0}: where the Xen runs ("host 'xen-01'", "domU 'lab' on host 'xen-01'").</summary>
    public static readonly DiagnosticDescriptor XenWithoutDom0 = Error(
        "TOPO3001",
        "Xen without dom0",
        "Xen on {0} has no dom0",
        "add 'dom0 { vcpus N; memory SIZE }' to the xen block",
        """
        ## What it checks
        A `hypervisor xen` block must contain a `dom0 { vcpus N; memory SIZE }`. The `hypervisor`
        entry is reported. (A missing dom0 is never TOPO1005.) A Xen nested in a guest needs one
        too.

        ## Why it matters
        Xen itself holds no device drivers. Dom0 is the privileged domain it boots first: it has
        the real device drivers, controls the hypervisor, creates the domUs (`xl create`) and
        runs the backends that serve their I/O. A Xen host cannot run guests without it. Its
        vCPUs and memory count towards the host's capacity and go into the Xen boot options
        (`dom0_mem=`, `dom0_max_vcpus=`).

        ## Example
        ```topo
        host xen-01 {
          cpu intel { cores 16; features [vmx, ept] }
          memory 64 GiB
          hypervisor xen "4.17" {
            domu web { os linux; vcpus 2; memory 4 GiB }
          }
        }
        ```

        ## Fix
        Add a dom0: `dom0 { vcpus 2; memory 4 GiB }`. Its `backends` default to `[net, block]`.
        """);

    /// <summary>{0}: where the Xen runs ("host 'xen-01'", "domU 'lab' on host 'xen-01'").</summary>
    public static readonly DiagnosticDescriptor SecondDom0 = Error(
        "TOPO3002",
        "Second dom0",
        "Xen on {0} already has a dom0; a Xen host has exactly one",
        "keep one dom0; give other backends their own 'driver_domain'",
        """
        ## What it checks
        A `hypervisor xen` block with more than one `dom0`. Every dom0 after the first is
        reported (as TOPO3002, never TOPO1006), with a note at the first.

        ## Why it matters
        Dom0 is domain 0: the one privileged domain Xen starts at boot. There is no second one.
        To move device backends out of dom0 (for isolation, or to restart a network driver
        without touching dom0), Xen uses driver domains.

        ## Example
        ```topo
        host xen-01 {
          cpu intel { cores 16; features [vmx, ept] }
          memory 64 GiB
          hypervisor xen {
            dom0 { vcpus 2; memory 4 GiB }
            dom0 { vcpus 1; memory 1 GiB; backends [net] }
          }
        }
        ```

        ## Fix
        Keep one dom0. For a separate network backend declare
        `driver_domain netdd { vcpus 1; memory 1 GiB; backends [net] }` and give the domUs it
        serves `backend netdd`.
        """);

    /// <summary>{0}: the domU; {1}: its mode ("hvm"); {2}: the flag ("vmx"); {3}: its name ("Intel VT-x"); {4}: the host.</summary>
    public static readonly DiagnosticDescriptor HardwareDomUWithoutVirtualization = Error(
        "TOPO3003",
        "HVM or PVH domU without hardware virtualization",
        "domU '{0}' runs in {1} mode, which needs '{2}' ({3}), but host '{4}' lacks it",
        "add 'vmx' (intel) or 'svm' (amd) if the CPU has it, or use 'mode pv' for a linux or bsd guest",
        """
        ## What it checks
        A domU with `mode hvm` or `mode pvh` on a host whose CPU lacks `vmx` (Intel VT-x) or
        `svm` (AMD-V). The domU's `mode` entry is reported. PV, the default mode, needs neither.
        Only Xen on a host is checked: a Xen nested in a guest gets VT-x/AMD-V from the
        hypervisor below when that one says `nested true` (TOPO2006).

        ## Why it matters
        HVM guests run unmodified operating systems, and Xen relies on VT-x/AMD-V to contain
        them. PVH guests use paravirtualized interfaces for I/O but hardware virtualization for
        the CPU and memory, so they need it too. Only PV guests, whose kernels are modified to
        call the hypervisor through hypercalls, run without it.

        ## Example
        ```topo
        host xen-01 {
          cpu intel { cores 8 }
          memory 32 GiB
          hypervisor xen {
            dom0 { vcpus 2; memory 4 GiB }
            domu app { os linux; mode pvh; vcpus 2; memory 4 GiB }
          }
        }
        ```

        ## Fix
        If the CPU has the flag, add it (`features [vmx, ept]`). Otherwise run Linux and BSD
        guests as `mode pv`; a Windows guest needs HVM and so a host with VT-x/AMD-V.
        """);

    /// <summary>{0}: the domU; {1}: its OS ("windows"); {2}: "" or " (the default)" when mode is not written; {3}: the OS families that can ("linux and bsd").</summary>
    public static readonly DiagnosticDescriptor PvDomUUnsupportedOs = Error(
        "TOPO3004",
        "Paravirtualized domU with an unsupported OS",
        "domU '{0}' runs in pv mode{2}, but its os, {1}, cannot run paravirtualized; only {3} can",
        "use 'mode hvm' (with 'pv_drivers true') for this OS",
        """
        ## What it checks
        A domU in PV mode whose `os` is `windows` or `other`. PV is the default mode, so a domU
        without `mode` is PV too. The `mode` entry is reported, or the domU's name when the mode
        is defaulted.

        ## Why it matters
        A PV guest runs a kernel modified to call the hypervisor through hypercalls instead of
        using privileged instructions. Linux and BSD kernels have that support; Windows cannot be
        modified this way and must run as HVM, with PV drivers for fast I/O.

        ## Example
        ```topo
        host xen-01 {
          cpu intel { cores 16; features [vmx, ept] }
          memory 64 GiB
          hypervisor xen {
            dom0 { vcpus 2; memory 4 GiB }
            domu win-01 { os windows; vcpus 4; memory 8 GiB }    // mode defaults to pv
          }
        }
        ```

        ## Fix
        Write `mode hvm` and `pv_drivers true` (see TOPO3005). HVM needs `vmx`/`svm` on the host
        (TOPO3003).
        """);

    /// <summary>{0}: the OS ("windows"); {1}: the domU.</summary>
    public static readonly DiagnosticDescriptor WindowsHvmWithoutPvDrivers = Warning(
        "TOPO3005",
        "Windows HVM domU without PV drivers",
        "{0} domU '{1}' runs in hvm mode without 'pv_drivers true'; its disk and network I/O will be emulated and slow",
        "install Xen PV drivers in the guest and add 'pv_drivers true'",
        """
        ## What it checks
        A domU with `os windows` and `mode hvm` that does not say `pv_drivers true`. The domU's
        name is reported.

        ## Why it matters
        Without PV drivers an HVM guest sees emulated hardware (disk controllers, network cards)
        provided by QEMU as the device model, and every I/O operation goes through that
        emulation. With the Xen PV drivers for Windows installed, disk and network use the split
        drivers instead: a frontend in the guest talks to the backend in dom0 (or a driver
        domain) over shared memory and event channels, which is much faster. The build writes
        `xen_platform_pci=1` for HVM guests with PV drivers.

        ## Example
        ```topo
        host xen-01 {
          cpu intel { cores 16; features [vmx, ept] }
          memory 64 GiB
          hypervisor xen {
            dom0 { vcpus 2; memory 4 GiB }
            domu win-01 { os windows; mode hvm; vcpus 4; memory 8 GiB }
          }
        }
        ```

        ## Fix
        Install the Xen PV drivers in the Windows image and write `pv_drivers true`. If the guest
        cannot have them (an installer image, say), silence the warning.
        """);

    /// <summary>{0}: the device ("nic 'lan'", "disk 'root'"); {1}: the domU; {2}: why ("dom0 does not list 'net' in its backends", "driver domain 'netdd' runs under the Xen of host 'xen-02' and serves only that Xen's domUs").</summary>
    public static readonly DiagnosticDescriptor MissingBackend = Error(
        "TOPO3006",
        "Missing backend",
        "{0} of domU '{1}' has no backend: {2}",
        "add 'net' or 'block' to the backend domain's 'backends', or serve the domU from a domain that has it",
        """
        ## What it checks
        Every `nic` of a domU needs a `net` backend and every `disk` a `block` backend, in the
        domU's backend domain: dom0, or the driver domain named by the domU's `backend`. That
        domain's `backends` must list them (dom0's default to `[net, block]`; a driver domain's
        are required). The `nic` or `disk` entry is reported, with a note at the backend domain.
        A `backend` that names a driver domain of another Xen (another host's, say) serves
        nothing either: each of the domU's nics and disks is reported, saying where that driver
        domain runs.

        ## Why it matters
        Xen's split drivers: a domU issues I/O through a frontend (netfront, blkfront) that
        passes requests over event channels and shared memory to a backend (netback, blkback) in
        dom0 or a driver domain, which owns the real device. If the backend domain does not run
        that backend, the device never connects.

        ## Example
        ```topo
        network lan { cidr "10.0.1.0/24" }

        host xen-01 {
          cpu intel { cores 16; features [vmx, ept] }
          memory 64 GiB
          hypervisor xen {
            dom0 { vcpus 2; memory 4 GiB }
            driver_domain netdd { vcpus 1; memory 1 GiB; backends [net] }
            domu web {
              os linux; vcpus 2; memory 4 GiB
              backend netdd
              nic lan
              disk root 20 GiB           // netdd serves no 'block'
            }
          }
        }
        ```

        ## Fix
        Add the missing backend to the domain that serves the domU (`backends [net, block]`),
        or serve the domU from a domain that has it, on the domU's own host.
        """);

    /// <summary>{0}: the entry word; {1}: where it is ("a kvm hypervisor", "a xen hypervisor", "host 'kvm-01'"); {2}: what to do instead.</summary>
    public static readonly DiagnosticDescriptor XenDomainMisplaced = Error(
        "TOPO3007",
        "Xen domain entry outside Xen",
        "'{0}' is not allowed in {1}; {2}",
        "use 'domu' for guests under Xen and 'guest' under kvm or qemu; dom0 and driver_domain belong in 'hypervisor xen'",
        """
        ## What it checks
        `dom0`, `domu` and `driver_domain` outside a `hypervisor xen` block, or `guest` inside
        one. The entry's word is reported (as TOPO3007, never TOPO1001).

        ## Why it matters
        Under KVM and QEMU a guest is a virtual machine run by a QEMU process on the Linux host:
        there is no dom0 and no domU. Under Xen every virtual machine is a domain: the privileged
        dom0, unprivileged domUs, and driver domains. A domU also needs its mode (PV, PVH or
        HVM), which decides what the guest OS and the host's CPU must support.

        ## Example
        ```topo
        host xen-01 {
          cpu intel { cores 16; features [vmx, ept] }
          memory 64 GiB
          hypervisor xen {
            dom0 { vcpus 2; memory 4 GiB }
            guest web { os linux; vcpus 2; memory 4 GiB }     // under Xen this is a domu
          }
        }
        ```

        ## Fix
        Write `domu web { ... }` under Xen (and choose its `mode`), `guest` under kvm or qemu,
        and keep `dom0` and `driver_domain` inside `hypervisor xen`.
        """);

    // ---- TOPO4xxx: capacity ----

    /// <summary>
    /// {0}: the host; {1}: the memory needed ("32 GiB"); {2}: the memory available and how it
    /// was computed ("30 GiB ((32 GiB - 2 GiB reserved) x ram ratio 1.0)"). Related locations:
    /// the three largest guests or domains ("guest 'db' needs 128 GiB").
    /// </summary>
    public static readonly DiagnosticDescriptor HostMemoryExceeded = Error(
        "TOPO4001",
        "Host memory exceeded",
        "host '{0}' cannot hold its guests: they need {1}, it has {2}",
        "add memory, shrink or move guests, or lower 'reserved_memory'; raise 'ram_allocation_ratio' only if you overcommit on purpose",
        """
        ## What it checks
        A host's needed memory against its available memory.
        Needed: the sum of its guests' (or domUs') `memory`, plus dom0 and the driver domains.
        Available: (`memory` - `reserved_memory`) x ram ratio, and 0 when `memory` is at or
        below `reserved_memory`; a fraction of a byte (a ratio of 1.5 times an odd number of
        bytes) is rounded down. `reserved_memory` defaults to 2 GiB under kvm and qemu and to
        0 B under xen (dom0's own memory is the host's share). The ram ratio is
        `ram_allocation_ratio` where written, and 1.0 otherwise (the default, and CloudStack's
        mem.overprovisioning.factor for a host in a CloudStack cloud's `compute` list). Only
        declared guests count (cloud instances are TOPO4004); dom0 counts once even when
        written twice (TOPO3002). A host whose memory, cores, reserved memory or ratios are
        missing or in error is skipped. Exactly at capacity is fine; one byte more is not.
        The host's name is reported, with the three largest guests or domains as related
        locations.

        ## Why it matters
        Guest memory is real RAM. Xen gives each domain its memory when it is created and refuses
        to start one that does not fit; under KVM, guests beyond the host's RAM push it into swap
        or get killed by the out-of-memory killer.

        ## Example
        ```topo
        host kvm-01 {
          cpu intel { cores 16; features [vmx, ept] }
          memory 32 GiB
          hypervisor kvm {
            guest db { os linux; vcpus 4; memory 24 GiB }
            guest app { os linux; vcpus 4; memory 8 GiB }
          }
        }
        ```
        The guests need 32 GiB; the host has (32 GiB - 2 GiB) x 1.0 = 30 GiB.

        ## Fix
        Give the host more memory, shrink or move a guest, or lower `reserved_memory`. Raise
        `ram_allocation_ratio` above 1.0 only if you overcommit memory on purpose (ballooning,
        page sharing).
        """);

    /// <summary>
    /// {0}: the host; {1}: the vCPUs needed; {2}: the vCPUs available and how they were
    /// computed ("8 (1 socket x 4 cores x 2 threads x cpu ratio 1.0)"). Related locations: the
    /// three guests or domains with the most vCPUs.
    /// </summary>
    public static readonly DiagnosticDescriptor HostVcpusExceeded = Warning(
        "TOPO4002",
        "Host vCPUs exceeded",
        "host '{0}' is overcommitted: its guests need {1} vCPUs, it has {2}",
        "add cores, give guests fewer vCPUs, or raise 'cpu_allocation_ratio' if you overcommit on purpose",
        """
        ## What it checks
        A host's needed vCPUs against its available vCPUs.
        Needed: the sum of its guests' (or domUs') `vcpus`, plus dom0 and the driver domains.
        Available: threads x cpu ratio, where threads = sockets x cores x threads. The cpu ratio
        is, first that applies: `cpu_allocation_ratio` where written; 1.0 for a host in the
        `compute` list of a CloudStack cloud (CloudStack's cpu.overprovisioning.factor); 4.0
        otherwise (OpenStack Nova's initial ratio since release 27.0); a fraction of a vCPU is
        rounded down. Only declared guests count; a host whose memory, cores, reserved memory
        or ratios are missing or in error is skipped. The host's name is reported, with the
        three guests or domains with the most vCPUs as related locations.

        ## Why it matters
        vCPUs are time-shared on the host's threads, so some overcommit is normal, which is why
        this is a warning. Beyond the ratio, guests wait for a CPU to run on (steal time) and
        latency suffers.

        ## Example
        ```topo
        host kvm-01 {
          cpu intel { cores 4; threads 2; features [vmx, ept] }
          memory 64 GiB
          hypervisor kvm {
            cpu_allocation_ratio 1.0
            guest a { os linux; vcpus 6; memory 8 GiB }
            guest b { os linux; vcpus 4; memory 8 GiB }
          }
        }
        ```
        The guests need 10 vCPUs; the host has 1 socket x 4 cores x 2 threads = 8 threads,
        x 1.0 = 8.

        ## Fix
        Add sockets or cores, give guests fewer vCPUs, or raise `cpu_allocation_ratio` if the
        overcommit is intended.
        """);

    /// <summary>
    /// {0}: the guest with its kind ("guest 'build'", "domU 'ci'"); {1}: its vCPUs; {2}: the
    /// host; {3}: the host's threads; {4}: how they are counted ("1 socket x 4 cores x 1 thread").
    /// Related location: the host's `cpu` entry.
    /// </summary>
    public static readonly DiagnosticDescriptor GuestVcpusExceedThreads = Warning(
        "TOPO4003",
        "Guest vCPUs exceed host threads",
        "{0} has {1} vCPUs but host '{2}' has only {3} threads ({4})",
        "give the guest at most as many vCPUs as the host has threads",
        """
        ## What it checks
        A single guest or domU with more `vcpus` than its host has threads (sockets x cores x
        threads), whatever the allocation ratio. Dom0 and driver domains are not checked. A
        host whose memory, cores, reserved memory or ratios are missing or in error is skipped,
        as by TOPO4001 and TOPO4002. The guest's `vcpus` entry is reported.

        ## Why it matters
        A guest's vCPUs beyond the host's threads can never all run at once. Guest kernels
        expect their CPUs to run together: a vCPU that waits on a lock held by a descheduled
        sibling just spins, so such a guest is often slower than with fewer vCPUs.

        ## Example
        ```topo
        host kvm-01 {
          cpu intel { cores 4; features [vmx, ept] }
          memory 64 GiB
          hypervisor kvm {
            guest build { os linux; vcpus 8; memory 16 GiB }
          }
        }
        ```

        ## Fix
        Give the guest at most as many vCPUs as the host has threads (here 4), or move it to a
        larger host.
        """);

    /// <summary>
    /// {0}: the instance; {1}: the deployment; {2}: the cloud; {3}: what it needs ("96 GiB of
    /// memory and 8 vCPUs per copy, 3 copies"); {4}: how many copies fit and the room of the
    /// compute host with the most left ("1 fit, then the compute host with the most room,
    /// 'kvm-01', has 62 GiB of memory and 240 vCPUs left"). Related location: the cloud's
    /// `compute` entry.
    /// </summary>
    public static readonly DiagnosticDescriptor PrivateCloudDoesNotFit = Error(
        "TOPO4004",
        "Private cloud does not fit its hosts",
        "instance '{0}' of deployment '{1}' does not fit cloud '{2}': it needs {3}; {4}",
        "add compute hosts or memory, or lower the instances' count, 'scale out' max or flavor",
        """
        ## What it checks
        A cloud with a `compute` list is a private cloud: the instances of its deployments run
        on those hosts, in the memory and vCPUs left after the hosts' own guests. Each instance
        counts at its largest shape: max(`count`, `scale out` max) copies, each of its
        `scale up` max size where given, else its `flavor`; every deployment on the cloud
        counts. The copies are placed first-fit decreasing: sorted by memory, then vCPUs,
        largest first (ties in source order), each onto the first host in `compute` order with
        room for both its memory and its vCPUs (what each host has left is its available memory
        and vCPUs, as TOPO4001 and TOPO4002 compute them, minus its guests' needs). Each
        instance with a copy that does not fit is reported once, at its name, with the room of
        the compute host that has the most memory left at that point. Compute hosts that are
        not declared, or whose capacity is missing or in error, are left out; each cloud is
        judged on its own, even when two clouds list the same host.

        ## Why it matters
        A private cloud cannot grow past its hardware. An autoscaling group that tries to reach
        its maximum would fail to place the extra instances (OpenStack Nova: "No valid host was
        found"), exactly when the load is highest.

        ## Example
        ```topo
        host kvm-01 {
          cpu intel { cores 16; features [vmx, ept] }
          memory 64 GiB
          hypervisor kvm { }
        }

        cloud lab {
          platform openstack
          compute [kvm-01]
        }

        deployment web {
          cloud lab
          instance app {
            image "ubuntu-22.04"
            flavor { vcpus 4; memory 16 GiB; disk 40 GiB }
            count 2
            scale out { min 2; max 6 }
          }
        }
        ```
        At its largest, `app` is 6 copies of 16 GiB and 4 vCPUs; kvm-01 has
        (64 GiB - 2 GiB) x 1.0 = 62 GiB, room for 3 of them.

        ## Fix
        Add compute hosts or memory, or lower the instance's `count`, `scale out` max, `scale up`
        max or flavor.
        """);

    // ---- TOPO5xxx: networks ----

    /// <summary>{0}: the string as written; {1}: "CIDR" or "IP address"; {2}: why ("octet 300 is above 255").</summary>
    public static readonly DiagnosticDescriptor InvalidAddress = Error(
        "TOPO5001",
        "Invalid address",
        "'{0}' is not a valid {1}: {2}",
        "write an IPv4 or IPv6 address; a CIDR's prefix is at most 32 (IPv4) or 128 (IPv6)",
        """
        ## What it checks
        A network's `cidr`, a `gateway` or a nic's `ip` that is not a valid IPv4 or IPv6
        address or CIDR: an octet above 255, the wrong number of octets, an octet with a
        leading zero (`010` is octal to some tools and ten to others), a malformed IPv6
        address or one with a zone id (`%eth0`), a CIDR without its `/prefix` or with a prefix
        beyond 32 (IPv4) or 128 (IPv6), a CIDR with host bits set (`10.0.1.5/24`: the message
        names the network meant), an address written with a prefix. The string is reported.
        A gateway or nic on a network whose CIDR is invalid is not checked against it (no
        TOPO5003): this error comes first.

        ## Why it matters
        Addresses are strings in TopoLang, so the parser accepts anything between the quotes.
        This check catches them before they reach libvirt network XML, an OpenStack subnet or a
        CloudStack network, which would reject them at deployment time.

        ## Example
        ```topo
        network lan {
          cidr "10.0.1.0/33"          // prefix beyond 32
          gateway "10.0.1.256"        // octet above 255
        }
        ```

        ## Fix
        Write a valid address: `cidr "10.0.1.0/24"`, `gateway "10.0.1.1"`.
        """);

    /// <summary>{0}: the later network; {1}: its CIDR; {2}: the earlier network; {3}: its CIDR.</summary>
    public static readonly DiagnosticDescriptor NetworksOverlap = Warning(
        "TOPO5002",
        "Networks overlap",
        "network '{0}' ({1}) overlaps network '{2}' ({3})",
        "give the networks disjoint address ranges",
        """
        ## What it checks
        Two networks whose CIDRs share addresses: one inside the other, or the same range
        twice. Reported once per pair, at the `cidr` of the network declared later, naming
        both; with several nested networks, each overlapping pair gets its own warning. IPv4
        and IPv6 networks never overlap, and neither do adjacent ones (`10.0.0.0/24` and
        `10.0.1.0/24`). A second declaration of a network's name (TOPO1002) is left out.

        ## Why it matters
        A router or host attached to both cannot tell which network an address in the shared
        range belongs to, so traffic goes to the wrong one. It is a warning because isolated
        networks that are never routed together may reuse a range on purpose.

        ## Example
        ```topo
        network lan { cidr "10.0.0.0/16" }
        network dmz { cidr "10.0.1.0/24" }
        ```

        ## Fix
        Give the networks disjoint ranges (`10.0.0.0/24` and `10.0.1.0/24`), or silence the
        warning if they never meet.
        """);

    /// <summary>{0}: the address; {1}: the fault ("is outside network 'lan' (10.0.1.0/24)", "is already used by guest 'web-1' on network 'lan'").</summary>
    public static readonly DiagnosticDescriptor AddressOutsideNetwork = Error(
        "TOPO5003",
        "Address outside network",
        "address '{0}' {1}",
        "use a host address inside the network's CIDR that neither the gateway nor another nic uses",
        """
        ## What it checks
        The string of a nic's `ip` or of a network's `gateway` that:
        - is outside the network's CIDR, or of the other IP family;
        - is not a host address of the network: in IPv4 the network address (host bits all
          zero) and the broadcast address (all one), except in a /31 (RFC 3021, point-to-point
          links use both) or /32; in IPv6, which has no broadcast, the subnet-router anycast
          address (host bits all zero, RFC 4291) for a nic (a gateway, being the router, may
          have it), except in a /127 (RFC 6164) or /128;
        - is already taken in that network. The gateway takes its address first, then nics
          in source order (nested guests included); each later use is reported once, naming
          the first. IPv6 addresses are compared as numbers, so `fd00::10` and `fd00:0::0010`
          are one address. The same address on two different networks is fine.
        Nics on a network that is undeclared, has no `cidr` or an invalid one are skipped:
        TOPO1003, TOPO1005 or TOPO5001 already points at the cause.

        ## Why it matters
        A guest configured with an address outside its subnet cannot reach its gateway or its
        neighbours, and a gateway outside the subnet cannot be reached at all. A guest on the
        network or broadcast address is refused by OpenStack Neutron, breaks subnet-directed
        broadcast, or collides with the routers answering IPv6's subnet-router anycast. Two
        guests with one address fight over it and both lose traffic.

        ## Example
        ```topo
        network lan { cidr "10.0.1.0/24"; gateway "10.0.1.1" }

        host kvm-01 {
          cpu intel { cores 8; features [vmx, ept] }
          memory 32 GiB
          hypervisor kvm {
            guest web {
              os linux; vcpus 2; memory 4 GiB
              nic lan { ip "10.0.2.10" }     // outside 10.0.1.0/24
            }
          }
        }
        ```

        ## Fix
        Use a free host address inside the network's CIDR, here e.g. `ip "10.0.1.10"`.
        """);

    // ---- TOPO6xxx: clouds ----

    /// <summary>{0}: the mode ("up"); {1}: the provider; {2}: the cloud; {3}: the modes it offers ("out").</summary>
    public static readonly DiagnosticDescriptor ScalingModeNotOffered = Error(
        "TOPO6001",
        "Scaling mode not offered",
        "scale {0} is not offered by provider '{1}' of cloud '{2}' (it offers: {3})",
        "remove the 'scale' entry or use a provider that offers this mode (kt-cloud-d1 offers up and out)",
        """
        ## What it checks
        An instance's `scale up` or `scale out` on a cloud whose provider does not list that
        mode in its `scaling`. A cloud without a provider allows both. The `scale` entry is
        reported.

        ## Why it matters
        A provider's offering limits what a cloud can do. In the prelude, KT Cloud D1
        (`kt-cloud-d1`, OpenStack-based) offers scale-up and scale-out; G1 and G2
        (`kt-cloud-g1`, `kt-cloud-g2`, CloudStack-based) offer scale-out only: more instances,
        not bigger ones.

        ## Example
        ```topo
        cloud prod { provider kt-cloud-g1 }

        deployment shop {
          cloud prod
          instance api {
            image "ubuntu-22.04"
            flavor { vcpus 2; memory 4 GiB; disk 40 GiB }
            scale up { max_vcpus 8; max_memory 16 GiB }
          }
        }
        ```

        ## Fix
        Scale out instead (`scale out { min 1; max 4 }`), or use a provider that offers scale-up,
        such as `kt-cloud-d1`.
        """);

    /// <summary>{0}: the service; {1}: the provider; {2}: the cloud; {3}: the services it offers.</summary>
    public static readonly DiagnosticDescriptor ServiceNotOffered = Error(
        "TOPO6002",
        "Service not offered",
        "service '{0}' is not offered by provider '{1}' of cloud '{2}' (it offers: {3})",
        "drop the service or use a provider that offers it (kt-cloud-d1 offers all of them)",
        """
        ## What it checks
        A deployment's `uses` lists a service that its cloud's provider does not list in
        `services`. A cloud without a provider allows every service. The service word is
        reported.

        ## Why it matters
        A provider's offering limits what a cloud can do. In the prelude, KT Cloud D1
        (`kt-cloud-d1`) offers server, high-memory-server, infra-addons, data-lake, ai-studio,
        devops-suite and container, at an extra 300,000 KRW a month; G1 and G2 offer server,
        high-memory-server, infra-addons and devops-suite: no data-lake, ai-studio or container.

        ## Example
        ```topo
        cloud analytics { provider kt-cloud-g2 }

        deployment lake {
          cloud analytics
          uses [server, data-lake]
          instance ingest {
            image "ubuntu-22.04"
            flavor { vcpus 4; memory 16 GiB; disk 100 GiB }
          }
        }
        ```

        ## Fix
        Drop the service, or put the deployment on a cloud whose provider offers it (here
        `kt-cloud-d1`; mind its monthly fee).
        """);

    /// <summary>{0}: the host; {1}: the cloud; {2}: the fault ("runs qemu, which cloudstack does not support (it supports: kvm, xen)", "runs xen while 'kvm-01' runs kvm").</summary>
    public static readonly DiagnosticDescriptor HypervisorNotSupportedByPlatform = Error(
        "TOPO6003",
        "Hypervisor not supported by platform",
        "compute host '{0}' of cloud '{1}' {2}",
        "run a hypervisor the platform supports (OpenStack: kvm, qemu, xen; CloudStack: kvm, xen), one kind per CloudStack cloud",
        """
        ## What it checks
        Each host in a cloud's `compute` list must run a hypervisor its platform supports:
        OpenStack takes kvm, qemu and xen; CloudStack takes kvm and xen. The hosts of one
        CloudStack cloud must also all run the same hypervisor. The `compute` entry is reported.

        ## Why it matters
        OpenStack Nova drives KVM, QEMU and Xen through libvirt. CloudStack manages KVM and Xen
        hosts but not plain QEMU emulation, and it groups hosts into clusters that each run one
        kind of hypervisor.

        Each host is reported once per cloud, at the cloud's `compute` entry, naming the host.
        In a CloudStack cloud the first host in `compute` with a supported hypervisor sets the
        kind; later hosts of another kind are reported. A host whose hypervisor the platform
        does not support at all is reported for that only. Undeclared hosts (TOPO1003) and
        hosts without a valid hypervisor are skipped.

        ## Example
        ```topo
        host emu-01 {
          cpu amd { cores 8 }
          memory 32 GiB
          hypervisor qemu { }
        }

        cloud edge {
          platform cloudstack
          compute [emu-01]
        }
        ```
        (emu-01 also gets TOPO2004.)

        ## Fix
        Run kvm or xen on the host, use an OpenStack cloud for it, or keep each CloudStack
        cloud's hosts on one hypervisor.
        """);

    /// <summary>{0}: the instance; {1}: the deployment; {2}: what ("vcpus", "memory", "instances"); {3}: the cloud; {4}: the total needed; {5}: the quota.</summary>
    public static readonly DiagnosticDescriptor QuotaExceeded = Error(
        "TOPO6004",
        "Quota exceeded",
        "instance '{0}' of deployment '{1}' exceeds the {2} quota of cloud '{3}': {4} needed, the quota is {5}",
        "raise the cloud's quota, or lower the instances' count, 'scale out' max or flavor",
        """
        ## What it checks
        A cloud's `quota { vcpus N; memory SIZE; instances N }`, shared by all deployments on
        that cloud. Each instance counts at its largest shape: max(`count`, `scale out` max)
        copies, each of its `scale up` max size where given, else its `flavor`. Deployments and
        their instances are added up in source order; for each of vcpus, memory and instances,
        the instance whose share takes the running total past the quota is reported, once,
        with the total and the quota. A quota met exactly is not exceeded; a resource the
        quota leaves out is not limited.

        ## Why it matters
        The cloud refuses to create instances beyond a project's quota, so a deployment or an
        autoscaling group would stop short of its size, exactly when it needs to grow.

        ## Example
        ```topo
        cloud prod {
          provider kt-cloud-d1
          quota { vcpus 16; memory 64 GiB; instances 4 }
        }

        deployment web {
          cloud prod
          instance app {
            image "ubuntu-22.04"
            flavor { vcpus 2; memory 4 GiB; disk 20 GiB }
            count 2
            scale out { min 2; max 6 }
          }
        }
        ```
        At its largest, `app` runs 6 instances; the quota allows 4.

        ## Fix
        Raise the quota, or lower the instances' `count`, `scale out` max, `scale up` max or
        flavor.
        """);

    // ---- TOPO9xxx: limits ----

    /// <summary>{0}: the whole sentence, e.g. "blocks are nested deeper than 256 levels".</summary>
    public static readonly DiagnosticDescriptor LimitExceeded = Error(
        "TOPO9001",
        "Limit exceeded",
        "{0}",
        "split the input into smaller files, reduce its nesting, or shorten the value",
        """
        ## What it checks
        The input goes beyond one of the compiler's limits: the size of a file, the nesting
        depth of blocks and lists, the number of entities, the entries loops expand, the copies
        of instances, the length of a string, the depth of imports, the number of diagnostics.
        The message names the limit. It is reported where the limit was crossed; past the
        number of diagnostics, it stands for those not reported, and the topology does not
        build.

        ## Why it matters
        The limits keep the compiler responsive on any input, including generated or hostile
        files: without a depth limit, deeply nested blocks would exhaust the stack and crash the
        build instead of producing a diagnostic.

        ## Example
        ```topo
        // a generator bug: a list nested thousands of levels deep
        host h { cpu intel { features [[[[[[[[ /* ... */ ]]]]]]]] } }
        ```

        ## Fix
        Flatten the structure, split a huge topology into imported files, or shorten the value.
        Limits this high are rarely reached by hand: check the tool that generated the file.
        """);

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

    private static DiagnosticDescriptor Error(string code, string title, string messageFormat, string help, string body) =>
        Create(code, DiagnosticSeverity.Error, title, messageFormat, help, body);

    private static DiagnosticDescriptor Warning(string code, string title, string messageFormat, string help, string body) =>
        Create(code, DiagnosticSeverity.Warning, title, messageFormat, help, body);

    private static DiagnosticDescriptor Create(
        string code, DiagnosticSeverity severity, string title, string messageFormat, string help, string body) =>
        new(code, severity, title, messageFormat, help, ExplanationPage.Compose(code, severity, title, body));
}
