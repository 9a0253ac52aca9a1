using System.Net;
using TopoLang.Compiler.Text;

namespace TopoLang.Compiler.Model;

public sealed record NetworkModel(
    Located<string> Name,
    Located<ParsedText<Cidr>>? Cidr,
    Located<ParsedText<IPAddress>>? Gateway,
    Located<int>? Vlan,
    NetworkMode Mode,
    SourceLocation Location);
