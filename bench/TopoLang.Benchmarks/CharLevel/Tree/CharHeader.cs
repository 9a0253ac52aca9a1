using System.Collections.Generic;

namespace TopoLang.Benchmarks.CharLevel.Tree;

/// <summary><c>topology NAME</c> or <c>namespace A.B.C</c>.</summary>
public sealed record CharHeader(CharIdentifier Keyword, IReadOnlyList<CharIdentifier> Name, CharRange Range)
    : CharStatement(Range);
