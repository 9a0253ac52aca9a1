using TopoLang.Compiler.Text;

namespace TopoLang.Compiler.Model;

public sealed record NetworkModel(
    Located<string> Name,
    Located<string>? Cidr,
    Located<string>? Gateway,
    Located<int>? Vlan,
    NetworkMode Mode,
    SourceLocation Location);
