namespace TopoLang.Compiler.Binding.Values;

/// <summary>Literal text with its escapes already decoded.</summary>
public sealed record TextPart(string Text) : StringPart;
