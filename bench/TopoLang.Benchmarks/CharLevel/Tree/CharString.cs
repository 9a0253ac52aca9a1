using System.Collections.Generic;

namespace TopoLang.Benchmarks.CharLevel.Tree;

public sealed record CharString(IReadOnlyList<CharStringPart> Parts, CharRange Range) : CharValue(Range);
