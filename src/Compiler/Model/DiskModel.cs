using TopoLang.Compiler.Text;

namespace TopoLang.Compiler.Model;

public sealed record DiskModel(Located<string> Name, Located<long>? Size, string Bus, string? Format, SourceLocation Location);
