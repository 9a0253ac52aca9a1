using TopoLang.Compiler.Text;

namespace TopoLang.Compiler.Model;

/// <summary>Horizontal scaling: between Min and Max instances, on CPU above/below thresholds (percent), after a cooldown.</summary>
public sealed record ScaleOutModel(Located<int>? Min, Located<int>? Max, decimal CpuAbove, decimal CpuBelow, long CooldownMilliseconds, SourceLocation Location);
