using System.Collections.Generic;

namespace TopoLang.Benchmarks.CharLevel.Tree;

/// <summary>A <c>{ ... }</c> block; its range covers both braces.</summary>
public sealed record CharBlock(IReadOnlyList<CharStatement> Statements, CharRange Range) : CharNode(Range);
