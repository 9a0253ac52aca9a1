using TopoLang.Compiler.Text;

namespace TopoLang.Compiler.Model;

public sealed record DiskModel(Located<string> Name, Located<long>? Size, DiskBus Bus, DiskFormat? Format, SourceLocation Location);
