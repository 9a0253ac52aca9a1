using System.Collections.Immutable;

namespace TopoLang.Compiler.Hosting;

/// <summary>
/// What compiling a set of entry files gave: the entries in the order compiled, the files that
/// could not be read, and the usage errors of the params given (each once), all in the order met.
/// </summary>
public sealed record CompiledEntrySet(
    ImmutableArray<CompiledEntry> Entries,
    ImmutableArray<UnreadableEntry> Unreadable,
    ImmutableArray<string> ParameterErrors);
