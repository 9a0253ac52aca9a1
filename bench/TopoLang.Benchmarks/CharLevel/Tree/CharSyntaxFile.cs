using System.Collections.Generic;

namespace TopoLang.Benchmarks.CharLevel.Tree;

public sealed record CharSyntaxFile(IReadOnlyList<CharStatement> Statements, CharRange Range) : CharNode(Range);
