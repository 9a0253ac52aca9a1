namespace TopoLang.Benchmarks.CharLevel.Tree;

/// <summary>Base of the char-level prototype's tree; every node knows where it came from.</summary>
public abstract record CharNode(CharRange Range);
