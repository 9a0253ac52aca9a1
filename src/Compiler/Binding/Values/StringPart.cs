namespace TopoLang.Compiler.Binding.Values;

/// <summary>A piece of a decoded string literal: literal text or an interpolated name.</summary>
public abstract record StringPart;
