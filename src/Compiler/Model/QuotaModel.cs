using TopoLang.Compiler.Text;

namespace TopoLang.Compiler.Model;

public sealed record QuotaModel(int? Vcpus, long? Memory, int? Instances, SourceLocation Location);
