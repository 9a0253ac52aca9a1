using System.Collections.Generic;

namespace TopoLang.Benchmarks.CharLevel.Tree;

/// <summary><c>NAME VALUE* [{ ... }]</c>: everything the schema gives meaning to (host, cpu, vcpus...).</summary>
public sealed record CharEntry(CharIdentifier Name, IReadOnlyList<CharValue> Values, CharBlock? Block, CharRange Range)
    : CharStatement(Range);
