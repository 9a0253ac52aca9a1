namespace TopoLang.Compiler.Model;

// The closed word sets of docs/reference.md. Words map to members by dropping '-' and '_' and
// ignoring case (`host-passthrough` is HostPassthrough), see ModelWords.

public enum Architecture { X86_64, Aarch64 }

public enum CpuVendor { Intel, Amd }

public enum HypervisorKind { Kvm, Qemu, Xen }

public enum OsFamily { Linux, Windows, Bsd, Other }

public enum GuestKind { Guest, DomU }

public enum DomUMode { Pv, Pvh, Hvm }

public enum CpuMode { HostPassthrough, HostModel, Custom }

public enum NetworkMode { Bridge, Nat, Isolated, Provider }

public enum CloudPlatform { OpenStack, CloudStack }
