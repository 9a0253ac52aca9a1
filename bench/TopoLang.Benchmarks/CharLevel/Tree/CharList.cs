using System.Collections.Generic;

namespace TopoLang.Benchmarks.CharLevel.Tree;

public sealed record CharList(IReadOnlyList<CharValue> Items, CharRange Range) : CharValue(Range);
