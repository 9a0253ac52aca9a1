using System.Net;
using TopoLang.Compiler.Text;

namespace TopoLang.Compiler.Model;

/// <summary>A guest's network interface: the network it joins, its address, its device model.</summary>
public sealed record NicModel(Located<string> Network, Located<ParsedText<IPAddress>>? Ip, NicDeviceModel? DeviceModel, SourceLocation Location);
