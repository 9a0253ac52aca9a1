using TopoLang.Compiler.Text;

namespace TopoLang.Compiler.Model;

/// <summary>Vertical scaling: an instance may grow to these vCPUs and memory.</summary>
public sealed record ScaleUpModel(Located<int>? MaxVcpus, Located<long>? MaxMemory, SourceLocation Location);
