using TopoLang.Compiler.Semantics.Names;
using TopoLang.Compiler.Text;

namespace TopoLang.Compiler.Diagnostics;

/// <summary>TOPO1xxx: binding.</summary>
public static partial class DiagnosticFactory
{
    /// <summary>TOPO1001. <paramref name="where"/>: "host 'kvm-01'", "the top level"; <paramref name="hint"/>: "" or "; did you mean 'memory'?".</summary>
    public static Diagnostic EntryNotAllowed(SourceLocation location, string word, string where, string hint) =>
        Create(DiagnosticCatalog.EntryNotAllowed, location, word, where, hint);

    /// <summary>TOPO1002. <paramref name="earlierKind"/>: the kind of the earlier declaration ("host", "network", "param").</summary>
    public static Diagnostic DuplicateName(SourceLocation location, string name, string earlierKind) =>
        Create(DiagnosticCatalog.DuplicateName, location, name, earlierKind);

    /// <summary>TOPO1003. <paramref name="kindWanted"/>: "network"; <paramref name="hint"/>: "", "; did you mean 'lan'?" or " ('web' is a host)".</summary>
    public static Diagnostic UndeclaredName(SourceLocation location, string kindWanted, string name, string hint) =>
        Create(DiagnosticCatalog.UndeclaredName, location, kindWanted, name, hint);

    /// <summary>TOPO1004. <paramref name="expected"/>: what the entry takes ("a size such as 8 GiB", "one of linux, windows, bsd, other").</summary>
    public static Diagnostic WrongValue(SourceLocation location, string word, string expected, string found) =>
        Create(DiagnosticCatalog.WrongValue, location, word, expected, found);

    /// <summary>TOPO1005. <paramref name="block"/>: "host 'kvm-01'", "'cpu'"; <paramref name="missingWord"/>: the entry word it lacks.</summary>
    public static Diagnostic MissingEntry(SourceLocation location, string block, string missingWord) =>
        Create(DiagnosticCatalog.MissingEntry, location, block, missingWord);

    /// <summary>TOPO1006. <paramref name="block"/>: "host 'kvm-01'", "the entry file".</summary>
    public static Diagnostic DuplicateEntry(SourceLocation location, string word, string block) =>
        Create(DiagnosticCatalog.DuplicateEntry, location, word, block);

    /// <summary>TOPO1007. <paramref name="word"/>: the entry word (or "range"); <paramref name="range"/>: "between 1 and 4094".</summary>
    public static Diagnostic ValueOutOfRange(SourceLocation location, string word, string range, string found) =>
        Create(DiagnosticCatalog.ValueOutOfRange, location, word, range, found);

    /// <summary>TOPO1008. <paramref name="writtenPath"/>: the import path as written; <paramref name="reason"/>: "no such file (...)", "a.topo -> b.topo -> a.topo is a cycle".</summary>
    public static Diagnostic ImportFailed(SourceLocation location, string writtenPath, string reason) =>
        Create(DiagnosticCatalog.ImportFailed, location, writtenPath, reason);

    /// <summary>TOPO1009. <paramref name="didYouMean"/>: "" or "; did you mean 'avx512f'?".</summary>
    public static Diagnostic UnknownCpuFlag(SourceLocation location, string flag, string didYouMean) =>
        Create(DiagnosticCatalog.UnknownCpuFlag, location, flag, didYouMean);

    /// <summary>TOPO1010. <paramref name="identifier"/>: the C# identifier both names become; <paramref name="laterGeneratedAs"/>: what the later one is generated as.</summary>
    public static Diagnostic IdentifierCollision(SourceLocation location, string earlierName, string laterName, string identifier, string laterGeneratedAs) =>
        Create(DiagnosticCatalog.IdentifierCollision, location, earlierName, laterName, identifier, laterGeneratedAs);
}
