namespace TopoLang.Compiler.Binding.Values;

/// <summary>
/// `${name}`: <see cref="Offset"/> and <see cref="Length"/> cover the whole `${name}` and count
/// from the start of the token text (its opening quote), so a diagnostic can point at it.
/// </summary>
public sealed record InterpolationPart(string Name, int Offset, int Length) : StringPart;
